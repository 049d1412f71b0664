import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { renderWithProviders } from '../test/render.tsx';
import { ChartCanvas } from './ChartCanvas.tsx';

// chart.js itself is not what is tested: a stand-in records when the chunk is loaded and a chart made.
const made = vi.hoisted(() => ({ charts: 0 }));
vi.mock('../lib/chart-setup.ts', () => ({
  Chart: class {
    constructor() {
      made.charts += 1;
    }
    destroy(): void {}
  },
}));

/** An IntersectionObserver the test moves by hand: `enter()` says every observed element is near the viewport. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly observed: Element[] = [];
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(element: Element): void {
    this.observed.push(element);
  }
  disconnect(): void {
    this.observed.length = 0;
  }
  static enter(): void {
    for (const observer of FakeObserver.all) {
      const entries = observer.observed.map((target) => ({ target, isIntersecting: true }) as unknown as IntersectionObserverEntry);
      if (entries.length > 0) observer.callback(entries, observer as unknown as IntersectionObserver);
    }
  }
}

const config = { type: 'bar', data: { labels: [], datasets: [] } } as ChartConfiguration;
const settle = () => act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });

describe('ChartCanvas', () => {
  beforeEach(() => {
    made.charts = 0;
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    // jsdom has no 2D context; the component draws only where there is one.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as CanvasRenderingContext2D);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('draws only once the canvas nears the viewport, not when the page draws', async () => {
    renderWithProviders(<ChartCanvas config={config} summary="Scores" />);
    await settle();
    expect(made.charts).toBe(0);
    FakeObserver.enter();
    await settle();
    expect(made.charts).toBe(1);
  });

  it('draws before printing, even if the reader never scrolled to it', async () => {
    renderWithProviders(<ChartCanvas config={config} summary="Scores" />);
    await settle();
    window.dispatchEvent(new Event('beforeprint'));
    await settle();
    expect(made.charts).toBe(1);
    // Once drawn, coming into view does not draw it again.
    FakeObserver.enter();
    await settle();
    expect(made.charts).toBe(1);
  });

  it('draws at once where there is no IntersectionObserver', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    renderWithProviders(<ChartCanvas config={config} summary="Scores" />);
    await settle();
    expect(made.charts).toBe(1);
  });
});
