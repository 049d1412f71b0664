import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// jsdom has no canvas: charts fall back to their tables, which is what the tests read.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

// jsdom does not scroll (it logs "Not implemented" for every navigation otherwise).
window.scrollTo = (() => undefined) as typeof window.scrollTo;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});
