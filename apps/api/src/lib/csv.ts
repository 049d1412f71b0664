/**
 * One CSV row (RFC 4180): fields quoted when they hold a comma, quote or line break. Text that
 * a spreadsheet would run as a formula (=, +, -, @ first, and not a number) is prefixed with
 * an apostrophe, since respondents' free text ends up in exports.
 */
export function csvRow(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return fields.map(csvField).join(',');
}

function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^[-+]?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
