import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkWait, scheduleTask, type Timers } from './scheduler';

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

describe('checkWait', () => {
  it.each([
    { length: 0, delay: 8 },
    { length: 280, delay: 8 },
    { length: 2000, delay: 8 },
    { length: 31000, delay: 79 },
    { length: 60000, delay: 150 },
    { length: 63000, delay: 150 },
    { length: 500000, delay: 150 },
  ])('$length characters wait $delay ms', ({ length, delay }) => {
    expect(checkWait(length).delay).toBe(delay);
  });

  it('grows with the text and gives idle time at least as long as the delay', () => {
    let previous = checkWait(0);
    for (let length = 0; length <= 70000; length += 1000) {
      const wait = checkWait(length);
      expect(wait.delay).toBeGreaterThanOrEqual(previous.delay);
      expect(wait.idleTimeout).toBeGreaterThanOrEqual(Math.max(12, wait.delay));
      previous = wait;
    }
  });
});

describe('scheduleTask with a wait that depends on the text', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks for the wait at each request: a long text merges keystrokes a short one checks one by one', () => {
    let length = 280;
    const work = vi.fn();
    const task = scheduleTask(work, timers(), () => checkWait(length));
    // 15 characters per second on a short draft: every keystroke is checked.
    for (let i = 0; i < 5; i++) {
      task.request();
      vi.advanceTimersByTime(66);
    }
    expect(work).toHaveBeenCalledTimes(5);
    // The same typing on a 60k post: one check after the burst.
    length = 60000;
    for (let i = 0; i < 5; i++) {
      task.request();
      vi.advanceTimersByTime(66);
    }
    expect(work).toHaveBeenCalledTimes(5);
    vi.advanceTimersByTime(150 + 300);
    expect(work).toHaveBeenCalledTimes(6);
  });
});
