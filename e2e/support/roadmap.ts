import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './browser.ts';

/** What a reader should find in one roadmap step, in the page's language. */
export interface RoadmapStepReading {
  readonly practiceId: string;
  readonly title: string;
  readonly now: string;
  readonly wanted: string;
  /** Text found only once the step is opened (e.g. "What to do:"). */
  readonly inside: string;
  /** The question behind it, quoted in the opened step. */
  readonly question: string;
}

/**
 * Reads one step of the result's roadmap as a person would: its title and the state now and
 * wanted in the summary, then opens it (a native <details>) and finds what is inside.
 */
export async function readRoadmapStep(page: Page, reading: RoadmapStepReading): Promise<void> {
  const step = page.locator(`section[aria-labelledby="roadmap-heading"] [data-step="${reading.practiceId}"]`);
  await step.waitFor();
  const summary = step.locator('summary');
  expect((await summary.locator('.step-title').textContent())?.trim()).toBe(reading.title);
  expect(await summary.locator('.state').allTextContents()).toEqual([reading.now, reading.wanted]);
  const details = step.locator('details');
  expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
  expect(await step.getByText(reading.inside).isVisible()).toBe(false);
  await summary.click();
  expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
  await step.getByText(reading.inside).waitFor({ state: 'visible' });
  await step.getByText(reading.question, { exact: false }).first().waitFor({ state: 'visible' });
}

/** Full-page screenshots at a phone's width (390 px) and a laptop's (1280 px), then back to the journey's size. */
export async function screenshotWidths(page: Page, name: string): Promise<void> {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1200, height: 900 });
}
