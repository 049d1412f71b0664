import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRACTICE_IDS } from '../scoring/practice-model.ts';
import type { Level } from '../scoring/types.ts';
import { benchmarkClients, releaseAllowed, releaseDistance, suppressCells, type ClientContribution } from './clients.ts';

const show = (counts: number[]) => suppressCells(counts).map((hidden, i) => (hidden ? '*' : counts[i]));

describe('suppressCells', () => {
  it.each([
    // Nothing under 2: everything shown.
    [[2, 3, 2, 5], [2, 3, 2, 5]],
    // One cell of 1: a lone suppressed cell is base minus the rest, so the smallest shown goes too.
    [[1, 3, 2, 5], ['*', 3, '*', 5]],
    // Two cells of 0: together 0 (both known to be 0), so the smallest shown (the first of equals) goes too.
    [[0, 3, 0, 4], ['*', '*', '*', 4]],
    // 1 and 0: together 1, tells 0 from 1 once known where the 1 is not: one more.
    [[1, 0, 6, 2], ['*', '*', 6, '*']],
    // 1 and 1: two suppressed cells holding 2 clients: enough.
    [[1, 1, 3, 2], ['*', '*', 3, 2]],
    // Everyone in one cell: never shown (the others would read as 0).
    [[0, 0, 7, 0], ['*', '*', '*', '*']],
    [[5, 0, 0, 0], ['*', '*', '*', '*']],
  ])('%j → %j', (counts, expected) => {
    expect(show(counts)).toEqual(expected);
  });

  it('never leaves a suppressed cell recoverable: shown cells ≥ 2, and the suppressed ones are none, or ≥ 2 cells holding ≥ 2 clients', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 6 }), (counts) => {
        const hidden = suppressCells(counts);
        const shown = counts.filter((_, i) => !hidden[i]);
        const suppressed = counts.filter((_, i) => hidden[i]);
        expect(shown.every((count) => count >= 2)).toBe(true);
        const total = counts.reduce((a, b) => a + b, 0);
        // What a reader can work out: the suppressed cells together hold base − shown.
        const rest = total - shown.reduce((a, b) => a + b, 0);
        if (suppressed.length > 0) {
          if (shown.length > 0 || total >= 2) {
            expect(suppressed.length).toBeGreaterThanOrEqual(2);
            expect(rest).toBeGreaterThanOrEqual(2);
          }
          // So each suppressed cell may be 0 or at least 1 and 2: 0 and 1 are never told apart.
        }
        // No shown cell holds every client of a row that has any.
        if (total > 0) expect(shown.every((count) => count < total)).toBe(true);
      }),
    );
  });
});

const client = (level: Level, automated = 0): ClientContribution => ({
  level,
  practices: PRACTICE_IDS.map((practiceId, i) => ({ practiceId, status: i < automated ? 'automated' : i % 3 === 0 ? 'dont_know' : 'manual' })),
});

describe('benchmarkClients', () => {
  it('shows nothing under 5 client workspaces, and the levels and practices from 5', () => {
    const four = [client(1), client(2), client(2), client(3)];
    expect(benchmarkClients(four)).toEqual({ status: 'not_enough', minimum: 5 });
    const five = benchmarkClients([...four, client(3)]);
    expect(five.status).toBe('shown');
    if (five.status !== 'shown') return;
    expect(five.levels.workspaces).toBe(5);
    // 1, 2, 2, 0 → level 1 and level 4 suppressed (together 1), so the smallest shown goes too.
    expect(five.levels.cells.map((c) => ('count' in c.cell ? c.cell.count : '*'))).toEqual(['*', '*', 2, '*']);
    expect(five.practices.status).toBe('shown');
  });

  it('counts engine-1 results in the levels only; practices need 5 clients with practice states', () => {
    const legacy: ClientContribution = { level: 2, practices: null };
    const figures = benchmarkClients([client(2), client(2), client(3), client(3), legacy, legacy]);
    expect(figures.status === 'shown' && figures.levels.workspaces).toBe(6);
    expect(figures.status === 'shown' && figures.practices).toEqual({ status: 'not_enough', minimum: 5 });
  });

  it('groups "don\'t know", unanswered and not asked as unknown, and counts every client in each practice', () => {
    const figures = benchmarkClients([client(1, 2), client(2, 2), client(2, 3), client(3, 3), client(4, 3)]);
    if (figures.status !== 'shown' || figures.practices.status !== 'shown') throw new Error('expected shown');
    for (const item of figures.practices.items) expect(item.workspaces).toBe(5);
    const third = figures.practices.items.find((item) => item.practiceId === PRACTICE_IDS[2]);
    // automated 3, manual 2 → absent and unknown (0 and 0) suppressed with the smallest shown (manual).
    expect(third?.cells.map((c) => [c.key, 'count' in c.cell ? c.cell.count : '*'])).toEqual([
      ['absent', '*'],
      ['manual', '*'],
      ['automated', 3],
      ['unknown', '*'],
    ]);
  });
});

describe('releases (differencing two views)', () => {
  const base = { a: 'a1', b: 'b1', c: 'c1', d: 'd1', e: 'e1' };

  it('counts the client workspaces that joined, left or contributed another result', () => {
    expect(releaseDistance(base, base)).toBe(0);
    expect(releaseDistance(base, { ...base, f: 'f1' })).toBe(1);
    expect(releaseDistance(base, { ...base, a: 'a2' })).toBe(1);
    const { a: _a, ...withoutA } = base;
    expect(releaseDistance(base, withoutA)).toBe(1);
    expect(releaseDistance(withoutA, { ...base, f: 'f1' })).toBe(2);
  });

  it('never shows a release one client away from one already shown; the same one, or two clients away, may be', () => {
    expect(releaseAllowed(base, [])).toBe(true);
    expect(releaseAllowed(base, [base])).toBe(true);
    expect(releaseAllowed({ ...base, f: 'f1' }, [base])).toBe(false);
    expect(releaseAllowed({ ...base, a: 'a2' }, [base])).toBe(false);
    expect(releaseAllowed({ ...base, f: 'f1', g: 'g1' }, [base])).toBe(true);
    expect(releaseAllowed({ ...base, f: 'f1', g: 'g1' }, [base, { ...base, g: 'g1' }])).toBe(false);
  });

  it('would let one client be read off without the rule: why it exists', () => {
    const others: ClientContribution[] = [client(1), client(1), client(2), client(2), client(3), client(3)];
    const before = benchmarkClients(others);
    const after = benchmarkClients([...others, client(2)]);
    const levelTwo = (f: typeof before) => (f.status === 'shown' ? f.levels.cells[1]!.cell : null);
    expect(levelTwo(before)).toEqual({ count: 2 });
    expect(levelTwo(after)).toEqual({ count: 3 }); // the newcomer is at level 2: hence releaseAllowed
  });

  it('holds for any one client change (property)', () => {
    const releases = fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.string({ maxLength: 3 }), { minKeys: 5, maxKeys: 12 });
    fc.assert(
      fc.property(releases, fc.string({ minLength: 5, maxLength: 6 }), fc.string(), (shown, newcomer, result) => {
        expect(releaseAllowed({ ...shown, [newcomer]: result }, [shown])).toBe(false);
        const [first] = Object.keys(shown);
        expect(releaseAllowed({ ...shown, [first!]: `${shown[first!]}!` }, [shown])).toBe(false);
        const rest = { ...shown };
        delete rest[first!];
        expect(releaseAllowed(rest, [shown])).toBe(false);
      }),
    );
  });
});
