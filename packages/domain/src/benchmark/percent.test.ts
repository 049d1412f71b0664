import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentOf, printedPercentDisagrees } from './percent.ts';

const countAndBase = fc
  .integer({ min: 1, max: 10_000 })
  .chain((base) => fc.tuple(fc.integer({ min: 0, max: base }), fc.constant(base)));

describe('percentOf', () => {
  it.each([
    [26, 66, 39.4],
    [57, 66, 86.4],
    [54, 66, 81.8],
    [13, 57, 22.8],
    [0, 9, 0],
    [9, 9, 100],
    [1, 8, 12.5],
    [1, 3, 33.3],
    [2, 3, 66.7],
    // Exactly half-way at the second decimal rounds up: 1/16 = 6.25%.
    [1, 16, 6.3],
  ])('%i of %i is %d percent', (count, base, expected) => {
    expect(percentOf(count, base)).toBe(expected);
  });

  it.each([
    [1, 0, /base must be a positive integer/],
    [1, -66, /base must be a positive integer/],
    [1, 6.6, /base must be a positive integer/],
    [1, Number.NaN, /base must be a positive integer/],
    [-1, 66, /count must be an integer from 0 to the base 66/],
    [67, 66, /count must be an integer from 0 to the base 66/],
    [2.5, 66, /count must be an integer/],
    [Number.POSITIVE_INFINITY, 66, /count must be an integer/],
  ])('rejects count %d over base %d', (count, base, message) => {
    expect(() => percentOf(count, base)).toThrow(RangeError);
    expect(() => percentOf(count, base)).toThrow(message);
  });

  it('is within 0.05 of the exact share, has one decimal and stays in 0..100', () => {
    fc.assert(
      fc.property(countAndBase, ([count, base]) => {
        const percent = percentOf(count, base);
        expect(Math.abs(percent - (count / base) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Math.abs(percent * 10 - Math.round(percent * 10))).toBeLessThan(1e-9);
        expect(percent).toBeGreaterThanOrEqual(0);
        expect(percent).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never decreases as the count grows', () => {
    fc.assert(
      fc.property(countAndBase, ([count, base]) => {
        fc.pre(count < base);
        expect(percentOf(count + 1, base)).toBeGreaterThanOrEqual(percentOf(count, base));
      }),
    );
  });
});

describe('printedPercentDisagrees', () => {
  it.each([
    // [printed, count, base, disagrees]
    [44, 26, 66, true], // section 6: 26/66 = 39.4%
    [39, 26, 66, false],
    [90, 57, 66, true], // the introduction's 90% against 57/66 = 86.4%
    [86, 57, 66, false],
    [31, 21, 66, false], // 31.8%: truncated
    [32, 21, 66, false], // 31.8%: rounded
    [30, 21, 66, true],
    [23, 13, 57, false], // 22.8%: rounded
    [22, 13, 57, false], // 22.8%: truncated
    [100, 9, 9, false],
    [0, 0, 9, false],
    [1, 0, 9, true],
    [12.5, 1, 8, true], // the printed value must be an integer percentage to agree
  ])('printed %d percent for %i/%i disagrees: %s', (printed, count, base, disagrees) => {
    expect(printedPercentDisagrees(printed, count, base)).toBe(disagrees);
  });

  it.each([
    [-1, 1, 66, /printed percentage must be a number from 0 to 100/],
    [101, 1, 66, /printed percentage must be a number from 0 to 100/],
    [Number.NaN, 1, 66, /printed percentage must be a number from 0 to 100/],
    [10, 70, 66, /count must be an integer from 0 to the base 66/],
    [10, 1, 0, /base must be a positive integer/],
  ])('rejects printed %d for %d/%d', (printed, count, base, message) => {
    expect(() => printedPercentDisagrees(printed, count, base)).toThrow(message);
  });

  it('accepts exactly the rounded and the truncated integer percentage', () => {
    fc.assert(
      fc.property(countAndBase, fc.integer({ min: 0, max: 100 }), ([count, base], printed) => {
        const exact = (count / base) * 100;
        // Compare with a tolerance-free integer reading of the exact share.
        const truncated = Math.floor((count * 100) / base);
        const rounded = Math.abs(exact - truncated - 0.5) < 1e-9 ? truncated + 1 : Math.round(exact);
        expect(printedPercentDisagrees(printed, count, base)).toBe(printed !== truncated && printed !== rounded);
      }),
    );
  });
});
