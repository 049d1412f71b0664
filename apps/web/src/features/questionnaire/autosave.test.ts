import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '../../lib/http.ts';
import { AutosaveQueue, type AnswerChanges } from './autosave.ts';

describe('AutosaveQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends one request at a time, and a change made meanwhile goes in the next one', async () => {
    const sent: AnswerChanges[] = [];
    let release: () => void = () => undefined;
    const queue = new AutosaveQueue((changes) => {
      sent.push(changes);
      return new Promise<void>((resolve) => (release = resolve));
    });
    queue.set('education', 'masters', 'now');
    await vi.advanceTimersByTimeAsync(0);
    queue.set('education', 'doctorate', 'now');
    queue.set('role', 'data_scientist', 'now');
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ education: 'masters' }]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ education: 'masters' }, { education: 'doctorate', role: 'data_scientist' }]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().status).toBe('saved');
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('debounces typed answers into one request with the last value', async () => {
    const save = vi.fn(async () => undefined);
    const queue = new AutosaveQueue(save, { debounceMs: 500 });
    queue.set('years_in_role', 1, 'debounced');
    await vi.advanceTimersByTimeAsync(300);
    queue.set('years_in_role', 12, 'debounced');
    await vi.advanceTimersByTimeAsync(300);
    expect(save).not.toHaveBeenCalled();
    expect(queue.getSnapshot().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledExactlyOnceWith({ years_in_role: 12 });
  });

  it('keeps a change through a network failure and retries it, never over a newer value', async () => {
    const sent: AnswerChanges[] = [];
    let failures = 1;
    const queue = new AutosaveQueue(
      async (changes) => {
        sent.push(changes);
        if (failures-- > 0) throw new NetworkError();
      },
      { retryMs: 1000 },
    );
    queue.set('education', 'masters', 'now');
    queue.set('role', 'data_scientist', 'now');
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().status).toBe('offline');
    queue.set('education', 'doctorate', 'debounced');
    queue.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.at(-1)).toEqual({ education: 'doctorate', role: 'data_scientist' });
    expect(queue.getSnapshot().status).toBe('saved');
  });

  it('keeps the problem of a refused answer and sends the rest of the batch again', async () => {
    const sent: AnswerChanges[] = [];
    const refusal = { field: 'years_in_role', code: 'out_of_range', message: 'From 0 to 60.' };
    const queue = new AutosaveQueue(async (changes) => {
      sent.push(changes);
      if ('years_in_role' in changes) {
        throw new ApiError(422, 'invalid_answers', 'Some answers are not valid.', [refusal]);
      }
    });
    queue.set('years_in_role', 99, 'now');
    queue.set('education', 'masters', 'now');
    await vi.runAllTimersAsync();
    expect(sent).toEqual([{ years_in_role: 99, education: 'masters' }, { education: 'masters' }]);
    expect(queue.getSnapshot()).toMatchObject({ status: 'error', problems: { years_in_role: refusal } });
    queue.set('years_in_role', 9, 'now');
    expect(queue.getSnapshot().problems).toEqual({});
  });

  it('flush() reports whether everything pending was acknowledged', async () => {
    let up = false;
    const queue = new AutosaveQueue(async () => {
      if (!up) throw new NetworkError();
    });
    queue.set('education', 'masters', 'debounced');
    await expect(queue.flush()).resolves.toBe(false);
    up = true;
    await expect(queue.flush()).resolves.toBe(true);
    expect(queue.hasUnsaved()).toBe(false);
  });
  it('tells what is not acknowledged yet: kept through a failure, forgotten once saved, a newer value kept', async () => {
    const kept: AnswerChanges[] = [];
    let fail = true;
    const queue = new AutosaveQueue(
      async () => {
        if (fail) throw new ApiError(401, 'unauthorized', 'Sign in again.');
      },
      { keep: (unsaved) => kept.push(unsaved) },
    );
    queue.set('education', 'masters', 'now');
    expect(kept.at(-1)).toEqual({ education: 'masters' });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().status).toBe('error');
    expect(kept.at(-1)).toEqual({ education: 'masters' });
    fail = false;
    queue.set('role', 'data_scientist', 'now');
    expect(kept.at(-1)).toEqual({ education: 'masters', role: 'data_scientist' });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.getSnapshot().status).toBe('saved');
    expect(kept.at(-1)).toEqual({});
  });
});
