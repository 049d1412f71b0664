import type { ReactNode } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from './after-paint.ts';

function Probe(): ReactNode {
  return <p>{useAfterFirstPaint() ? 'after' : 'before'}</p>;
}

describe('useAfterFirstPaint', () => {
  it('is false in the first frame and true in a task after it', async () => {
    const frames: FrameRequestCallback[] = [];
    const requestFrame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    try {
      render(<Probe />);
      // Effects have run, but no frame has: still before.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(screen.getByText('before')).toBeTruthy();
      expect(frames).toHaveLength(1);
      frames[0]?.(performance.now());
      expect(screen.getByText('before')).toBeTruthy();
      expect(await screen.findByText('after')).toBeTruthy();
    } finally {
      requestFrame.mockRestore();
    }
  });

  it('forgets the frame when the component goes first', () => {
    const cancel = vi.spyOn(window, 'cancelAnimationFrame');
    const { unmount } = render(<Probe />);
    unmount();
    expect(cancel).toHaveBeenCalledTimes(1);
    cancel.mockRestore();
  });
});
