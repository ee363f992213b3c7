import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, whenIdleAfterPaint } from '../../../src/islands/after-paint';

/** A stand-in for the browser's frames: callbacks wait until `frame()` runs them. */
let frameCallbacks: FrameRequestCallback[] = [];
const frame = (): void => {
  const due = frameCallbacks;
  frameCallbacks = [];
  for (const cb of due) cb(0);
};

beforeEach(() => {
  vi.useFakeTimers();
  frameCallbacks = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frameCallbacks.push(cb));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterNextPaint(fn)', () => {
  it('runs fn in a task after the next frame, not before it and not in it', () => {
    const fn = vi.fn();
    afterNextPaint(fn);
    vi.advanceTimersByTime(50);
    expect(fn).not.toHaveBeenCalled();
    frame();
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs fn once, after 100 ms at the latest, when no frame comes (a throttled frame)', () => {
    const fn = vi.fn();
    afterNextPaint(fn);
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    frame();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('whenIdleAfterPaint(fn)', () => {
  it('asks for an idle callback (with a deadline) only after the next frame', () => {
    const idle: [IdleRequestCallback, IdleRequestOptions | undefined][] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback, o?: IdleRequestOptions) =>
      idle.push([cb, o]),
    );
    const fn = vi.fn();
    whenIdleAfterPaint(fn);
    expect(idle).toHaveLength(0);
    frame();
    vi.advanceTimersByTime(0);
    expect(idle).toHaveLength(1);
    expect(idle[0]![1]?.timeout).toBeGreaterThan(0);
    expect(fn).not.toHaveBeenCalled();
    idle[0]![0]({ didTimeout: false, timeRemaining: () => 10 });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs fn after the frame where the browser has no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const fn = vi.fn();
    whenIdleAfterPaint(fn);
    frame();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
