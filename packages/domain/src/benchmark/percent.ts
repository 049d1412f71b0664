function assertCountAndBase(count: number, base: number): void {
  if (!Number.isInteger(base) || base <= 0) {
    throw new RangeError(`base must be a positive integer (a number of respondents), got ${String(base)}`);
  }
  if (!Number.isInteger(count) || count < 0 || count > base) {
    throw new RangeError(`count must be an integer from 0 to the base ${base}, got ${String(count)}`);
  }
}

/**
 * The share of a base that a count is, as a percentage rounded half up to one decimal
 * (e.g. 26 of 66 → 39.4). This is the only way Assay turns a paper's count into a percentage;
 * the paper's own printed percentages are kept beside the counts, never used in their place.
 *
 * @param count respondents in the category, an integer from 0 to `base`
 * @param base respondents the count is out of (66, the 57 who deploy, the 9 who do not), a positive integer
 * @returns 0–100 with one decimal
 * @throws RangeError when the count is not an integer in 0..base or the base is not a positive integer
 */
export function percentOf(count: number, base: number): number {
  assertCountAndBase(count, base);
  // Integer arithmetic: floor((count·1000·2 + base) / (2·base)) is round-half-up of count/base·1000,
  // without the binary rounding errors of (count / base) * 100.
  return Math.floor((count * 2000 + base) / (2 * base)) / 10;
}

/**
 * Whether a percentage printed in the paper disagrees with its own count: true when the printed
 * value is neither the rounded nor the truncated integer percentage of count/base. The paper prints
 * integers and is inconsistent about rounding (31% for 21/66 = 31.8% truncates, 23% for
 * 13/57 = 22.8% rounds), so both are accepted; "44% (26/66)" (39.4%) disagrees (section 6).
 *
 * @param printed the percentage as printed, 0–100
 * @throws RangeError when printed is not a finite number in 0..100, or count/base are invalid (see `percentOf`)
 */
export function printedPercentDisagrees(printed: number, count: number, base: number): boolean {
  assertCountAndBase(count, base);
  if (!Number.isFinite(printed) || printed < 0 || printed > 100) {
    throw new RangeError(`printed percentage must be a number from 0 to 100, got ${String(printed)}`);
  }
  const truncated = Math.floor((count * 100) / base);
  const rounded = Math.floor((count * 200 + base) / (2 * base));
  return printed !== truncated && printed !== rounded;
}
