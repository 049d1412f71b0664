// Imported first by main.tsx, before any schema parses: zod 4 otherwise probes `new Function`
// to decide on its JIT fast path, and the page's Content-Security-Policy (script-src 'self', no
// 'unsafe-eval') reports that probe as a violation on every load. The interpreted path is fast
// enough for the API's responses.
import { z } from 'zod';

z.config({ jitless: true });
