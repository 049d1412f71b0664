import { useEffect, useState } from 'react';

/**
 * False until the browser has painted the component's first frame, then true: for work a page
 * starts only once its first screen is drawn. A requestAnimationFrame callback runs just before a
 * frame paints, and a task it schedules runs after that paint. A hidden tab paints no frames: the
 * work waits until the tab is shown.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (task !== undefined) clearTimeout(task);
    };
  }, []);
  return painted;
}
