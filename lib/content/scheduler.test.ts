import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleTask, type Timers } from './scheduler';

const timers = (): Timers => ({
  setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
  // Idle time comes after the timeout at the latest, as in the browser.
  requestIdleCallback: (handler, { timeout }) => setTimeout(handler, timeout) as unknown as number,
  cancelIdleCallback: (id) => clearTimeout(id),
});

describe('scheduleTask', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('merges a burst of keystrokes into one check after the pause', () => {
    const work = vi.fn();
    const task = scheduleTask(work, timers(), 12, 20);
    for (let i = 0; i < 5; i++) {
      task.request();
      vi.advanceTimersByTime(5);
    }
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(12 + 20);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('checks every keystroke when typing slower than the delay (15 chars/s)', () => {
    const work = vi.fn();
    const task = scheduleTask(work, timers(), 12, 20);
    for (let i = 0; i < 10; i++) {
      task.request();
      vi.advanceTimersByTime(66);
    }
    expect(work).toHaveBeenCalledTimes(10);
  });

  it('flush runs a pending check at once; cancel drops it', () => {
    const work = vi.fn();
    const task = scheduleTask(work, timers(), 12, 20);
    task.request();
    expect(task.pending).toBe(true);
    task.flush();
    expect(work).toHaveBeenCalledTimes(1);
    task.request();
    task.cancel();
    vi.advanceTimersByTime(100);
    expect(work).toHaveBeenCalledTimes(1);
    expect(task.pending).toBe(false);
  });

  it('works without requestIdleCallback (Firefox before 55 and test shims)', () => {
    const work = vi.fn();
    const { requestIdleCallback: _r, cancelIdleCallback: _c, ...plain } = timers();
    const task = scheduleTask(work, plain, 12, 20);
    task.request();
    vi.advanceTimersByTime(13);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
