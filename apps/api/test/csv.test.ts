import { describe, expect, it } from 'vitest';
import { csvRow } from '../src/lib/csv.ts';

describe('csvRow', () => {
  it.each([
    [['a', 'b'], 'a,b'],
    [['with, comma', 'with "quote"', 'two\nlines'], '"with, comma","with ""quote""","two\nlines"'],
    [[null, undefined, 0, true], ',,0,true'],
    [['=SUM(A1)', '+cmd', '@x', '-1', '-2.5', '-x'], `'=SUM(A1),'+cmd,'@x,-1,-2.5,'-x`],
    [['=a,b'], `"'=a,b"`],
  ] as const)('%j → %s', (fields, expected) => {
    expect(csvRow(fields)).toBe(expected);
  });
});
