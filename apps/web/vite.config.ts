import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves dist/ in production (one address); in development Vite proxies /api to it,
// so the refresh cookie stays first-party either way.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Only the chart pages pull chart.js (dynamic import), so it gets a chunk of its own.
    chunkSizeWarningLimit: 400,
  },
});
