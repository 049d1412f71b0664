import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// jsdom has no canvas: charts fall back to their tables, which is what the tests read.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
