// The batcher behind the autosave on PostgreSQL: when items run alone, when they go together,
// one key at a time, and how a failed batch fails only the item that failed.
import { describe, expect, it } from 'vitest';
import { Batcher } from '../src/lib/batcher.ts';

interface Item {
  key: string;
  value: number;
}

/** A batcher whose statements wait until the test releases them; it records every batch. */
function controlled(options: { concurrency: number; maxBatch: number; fail?: (items: readonly Item[]) => boolean }) {
  const batches: Item[][] = [];
  const pending: (() => void)[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const batcher = new Batcher<Item, number>({
    concurrency: options.concurrency,
    maxBatch: options.maxBatch,
    keyOf: (item) => item.key,
    run: async (items) => {
      batches.push([...items]);
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise<void>((resolve) => pending.push(resolve));
      inFlight -= 1;
      if (options.fail?.(items)) throw new Error(`failed: ${items.map((item) => item.value).join(',')}`);
      // The key "missing" gets no result, as a refused save gets no row.
      return new Map(items.filter((item) => item.key !== 'missing').map((item) => [item.key, item.value * 10]));
    },
  });
  /** Lets every statement in flight finish, then lets the batcher start the next ones. */
  const release = async () => {
    for (const resolve of pending.splice(0)) resolve();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { batcher, batches, release, mostInFlight: () => mostInFlight };
}

const item = (key: string, value: number): Item => ({ key, value });

describe('Batcher', () => {
  it('runs a lone item at once, alone', async () => {
    const { batcher, batches, release } = controlled({ concurrency: 2, maxBatch: 10 });
    const result = batcher.submit(item('a', 1));
    expect(batches).toEqual([[item('a', 1)]]);
    await release();
    await expect(result).resolves.toBe(10);
  });

  it('gathers what arrives while every connection is busy into the next statement, in order, up to the largest batch', async () => {
    const { batcher, batches, release, mostInFlight } = controlled({ concurrency: 2, maxBatch: 3 });
    const results = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key, i) => batcher.submit(item(key, i + 1)));
    expect(batches.map((batch) => batch.map((x) => x.key))).toEqual([['a'], ['b']]);
    await release();
    expect(batches.map((batch) => batch.map((x) => x.key))).toEqual([['a'], ['b'], ['c', 'd', 'e'], ['f', 'g']]);
    await release();
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(mostInFlight()).toBe(2);
  });

  it('never puts two items of one key in a statement, nor runs a key twice at once: a key runs in order', async () => {
    const { batcher, batches, release } = controlled({ concurrency: 2, maxBatch: 10 });
    const results = [item('a', 1), item('a', 2), item('b', 3), item('a', 4), item('c', 5)].map((x) => batcher.submit(x));
    // a:1 runs; a:2 must wait for it, so b:3 takes the second connection alone.
    expect(batches.map((batch) => batch.map((x) => x.value))).toEqual([[1], [3]]);
    await release();
    // a:2 (not a:4, still behind it) goes with c:5.
    expect(batches.map((batch) => batch.map((x) => x.value))).toEqual([[1], [3], [2, 5]]);
    await release();
    expect(batches.map((batch) => batch.map((x) => x.value))).toEqual([[1], [3], [2, 5], [4]]);
    await release();
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40, 50]);
  });

  it('gives undefined to an item the statement returned nothing for', async () => {
    const { batcher, release } = controlled({ concurrency: 1, maxBatch: 10 });
    const first = batcher.submit(item('a', 1));
    const missing = batcher.submit(item('missing', 2));
    const other = batcher.submit(item('b', 3));
    await release();
    await release();
    await expect(first).resolves.toBe(10);
    await expect(missing).resolves.toBeUndefined();
    await expect(other).resolves.toBe(30);
  });

  it('runs each item of a failed statement again on its own: only the item that fails fails', async () => {
    const { batcher, batches, release } = controlled({ concurrency: 1, maxBatch: 10, fail: (items) => items.some((x) => x.key === 'bad') });
    const busy = batcher.submit(item('a', 1));
    const results = [item('b', 2), item('bad', 3), item('c', 4)].map((x) => batcher.submit(x));
    const settled = Promise.allSettled(results);
    await release(); // a:1 done; b, bad and c go together, and fail
    await release(); // each alone
    await release();
    expect(batches.map((batch) => batch.map((x) => x.key))).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
    await expect(busy).resolves.toBe(10);
    const outcomes = await settled;
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]).toMatchObject({ reason: { message: 'failed: 3' } });
    expect(outcomes[0]).toMatchObject({ value: 20 });
  });

  it('a lone item that fails rejects with the statement error', async () => {
    const { batcher, release } = controlled({ concurrency: 1, maxBatch: 10, fail: () => true });
    const result = batcher.submit(item('a', 1));
    const settled = result.catch((error: Error) => error.message);
    await release();
    await expect(settled).resolves.toBe('failed: 1');
  });

  it('needs a concurrency and a largest batch of at least one', () => {
    const options = { keyOf: (x: Item) => x.key, run: async () => new Map<string, number>() };
    expect(() => new Batcher({ ...options, concurrency: 0, maxBatch: 1 })).toThrow(/at least 1/);
    expect(() => new Batcher({ ...options, concurrency: 1, maxBatch: 0 })).toThrow(/at least 1/);
  });
});
