/**
 * Scheduling for work that must not delay the frame that answers a reader's click: the chart is
 * drawn in the click's task, and what the reader does not need in that frame (the data table's
 * rows, the permalink) runs after it has been rendered.
 */

/** Where frames are throttled (an off-screen cross-origin frame) the work runs after this long at the latest. */
const FALLBACK_MS = 100;

/**
 * Runs `fn` once, in a task after the next frame has been rendered (a requestAnimationFrame, then
 * a task queued from it), so its DOM changes are painted in the frame after that one.
 */
export function afterNextPaint(fn: () => void): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    fn();
  };
  const fallback = setTimeout(run, FALLBACK_MS);
  requestAnimationFrame(() => setTimeout(run, 0));
}

/**
 * Runs `fn` after the next frame, when the page is idle (requestIdleCallback, within a second),
 * for work nobody waits to see, such as rewriting the URL; in a task after the frame where the
 * browser has no idle callbacks.
 */
export function whenIdleAfterPaint(fn: () => void): void {
  afterNextPaint(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
    else fn();
  });
}
