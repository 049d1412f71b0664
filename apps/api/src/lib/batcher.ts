// Smart batching of one kind of statement: while every connection the batcher may use is busy,
// the items that arrive wait, and the next free connection runs all of them (up to a maximum) as
// one statement. A lone item runs at once, alone, so there is no timer and no added wait; under
// load, N saves cost one round trip, one executor start and one commit instead of N.

export interface BatcherOptions<Item, Result> {
  /** Batches in flight at once (the connections the statement may hold). */
  readonly concurrency: number;
  /** Largest batch. */
  readonly maxBatch: number;
  /**
   * What an item is about (e.g. a response id): one batch never holds two items with the same
   * key, and an item waits while a batch holding its key is in flight, so items of one key run
   * one after another, in the order they came.
   */
  keyOf(item: Item): string;
  /** Runs the items as one statement; resolves with a result per key (a key missing: no result). */
  run(items: readonly Item[]): Promise<ReadonlyMap<string, Result>>;
}

interface Waiting<Item, Result> {
  readonly item: Item;
  readonly key: string;
  resolve(result: Result | undefined): void;
  reject(error: unknown): void;
}

export class Batcher<Item, Result> {
  readonly #options: BatcherOptions<Item, Result>;
  #queue: Waiting<Item, Result>[] = [];
  /** Keys of the batches in flight. */
  readonly #busy = new Set<string>();
  #inFlight = 0;

  constructor(options: BatcherOptions<Item, Result>) {
    if (!(options.concurrency >= 1) || !(options.maxBatch >= 1)) throw new Error('A batcher needs a concurrency and a largest batch of at least 1.');
    this.#options = options;
  }

  /** Runs `item` in the next batch; its result, or undefined when the statement returned none for its key. */
  submit(item: Item): Promise<Result | undefined> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, key: this.#options.keyOf(item), resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#inFlight < this.#options.concurrency && this.#queue.length > 0) {
      const batch = this.#take();
      if (batch.length === 0) return; // everything waiting is behind a batch in flight
      this.#inFlight += 1;
      for (const waiting of batch) this.#busy.add(waiting.key);
      void this.#run(batch).finally(() => {
        this.#inFlight -= 1;
        for (const waiting of batch) this.#busy.delete(waiting.key);
        this.#pump();
      });
    }
  }

  /** The next batch: the oldest waiting items, one per key, none whose key is in flight. */
  #take(): Waiting<Item, Result>[] {
    const batch: Waiting<Item, Result>[] = [];
    const keys = new Set<string>();
    const rest: Waiting<Item, Result>[] = [];
    for (const waiting of this.#queue) {
      if (batch.length < this.#options.maxBatch && !keys.has(waiting.key) && !this.#busy.has(waiting.key)) {
        batch.push(waiting);
        keys.add(waiting.key);
      } else rest.push(waiting);
    }
    this.#queue = rest;
    return batch;
  }

  /**
   * One statement for the batch. When it fails, nothing of it was done (one statement is atomic):
   * each item is run again on its own, all at once (the database pool queues them), so one item's
   * failure fails only that item.
   */
  async #run(batch: readonly Waiting<Item, Result>[]): Promise<void> {
    try {
      const results = await this.#options.run(batch.map((waiting) => waiting.item));
      for (const waiting of batch) waiting.resolve(results.get(waiting.key));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      await Promise.all(batch.map((waiting) => this.#run([waiting])));
    }
  }
}
