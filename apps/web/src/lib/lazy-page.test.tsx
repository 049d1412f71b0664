import { Suspense, useState, type ReactNode } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lazyPage } from './lazy-page.tsx';

/** A page with state of its own: a remount would reset its count. */
function Counter({ label }: { label: string }): ReactNode {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label} {count}
    </button>
  );
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe('lazyPage', () => {
  it('draws a page whose module has arrived at once, without the fallback', async () => {
    const page = lazyPage(() => Promise.resolve({ default: Counter }));
    await page.load();
    render(
      <Suspense fallback={<p>fallback</p>}>
        <page.Page label="Count" />
      </Suspense>,
    );
    // In the first commit: no microtask, no retry.
    expect(screen.getByRole('button', { name: 'Count 0' })).toBeTruthy();
    expect(screen.queryByText('fallback')).toBeNull();
  });

  it('suspends while the module loads, then keeps the mounted page when it rerenders', async () => {
    const module = deferred<{ default: typeof Counter }>();
    const page = lazyPage(() => module.promise);
    function Shell({ label }: { label: string }): ReactNode {
      return (
        <Suspense fallback={<p>fallback</p>}>
          <page.Page label={label} />
        </Suspense>
      );
    }
    const view = render(<Shell label="Count" />);
    expect(screen.getByText('fallback')).toBeTruthy();
    await act(async () => module.resolve({ default: Counter }));
    await userEvent.click(await screen.findByRole('button', { name: 'Count 0' }));
    // The module has arrived, but the mounted page stays the one drawn through React.lazy: its state survives.
    view.rerender(<Shell label="Total" />);
    expect(screen.getByRole('button', { name: 'Total 1' })).toBeTruthy();
  });

  it('imports the module once, and again after a failure', async () => {
    let imports = 0;
    let fail = true;
    const page = lazyPage(() => {
      imports += 1;
      return fail ? Promise.reject(new Error('chunk failed')) : Promise.resolve({ default: Counter });
    });
    await expect(page.load()).rejects.toThrow('chunk failed');
    fail = false;
    const [first, second] = [page.load(), page.load()];
    expect(first).toBe(second);
    await first;
    expect(imports).toBe(2);
  });
});
