/**
 * Runs a check shortly after the last input, in idle time, so typing is never blocked: each call
 * to `request()` restarts a short timer; when it fires, the work runs in the next idle period (or
 * after `idleTimeout` at the latest). Timers are injected so the content script can pass `ctx`'s
 * (stopped when the extension goes away) and tests can pass fakes.
 */
export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestIdleCallback?(handler: () => void, options: { timeout: number }): number;
  cancelIdleCallback?(id: number): void;
}

export interface ScheduledTask {
  /** Asks for a run; calls within `delay` of each other merge into one. */
  request(): void;
  /** Runs now if a run is pending (e.g. before answering the popup). */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

/** How long a check waits: fixed, or asked at each request (it can depend on the text). */
export type Wait = number | (() => { delay: number; idleTimeout: number });

/**
 * The wait before checking a text of `length` UTF-16 units. A short draft is checked almost at
 * once (8 ms: a keystroke-to-overlay p95 well under 50 ms); the check's cost grows with the text
 * (~14 ms for 63k characters), so on long posts the wait grows too (linearly from 2k characters to
 * 150 ms at 60k) and typing merges into fewer checks, each given a longer chance to find idle time.
 */
export const SHORT_TEXT = 2000;
export const LONG_TEXT = 60000;
const SHORT_DELAY_MS = 8;
const LONG_DELAY_MS = 150;

export function checkWait(length: number): { delay: number; idleTimeout: number } {
  const share = Math.min(1, Math.max(0, (length - SHORT_TEXT) / (LONG_TEXT - SHORT_TEXT)));
  const delay = Math.round(SHORT_DELAY_MS + share * (LONG_DELAY_MS - SHORT_DELAY_MS));
  // The idle timeout is a fallback for a page that never idles; longer checks wait longer for idle.
  return { delay, idleTimeout: Math.max(12, delay * 2) };
}

export function scheduleTask(work: () => void, timers: Timers, delay: number, idleTimeout: number): ScheduledTask;
export function scheduleTask(work: () => void, timers: Timers, wait: () => { delay: number; idleTimeout: number }): ScheduledTask;
export function scheduleTask(work: () => void, timers: Timers, waitOrDelay: Wait, fixedIdleTimeout = 0): ScheduledTask {
  const wait = typeof waitOrDelay === 'number' ? () => ({ delay: waitOrDelay, idleTimeout: fixedIdleTimeout }) : waitOrDelay;
  let timer: number | undefined;
  let idle: number | undefined;
  let pending = false;

  const run = () => {
    idle = undefined;
    if (!pending) return;
    pending = false;
    work();
  };
  const cancelAll = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    if (idle !== undefined) timers.cancelIdleCallback?.(idle);
    timer = idle = undefined;
  };

  return {
    request() {
      pending = true;
      const { delay, idleTimeout } = wait();
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = timers.setTimeout(() => {
        timer = undefined;
        if (idle !== undefined) return;
        idle = timers.requestIdleCallback ? timers.requestIdleCallback(run, { timeout: idleTimeout }) : timers.setTimeout(run, 0);
      }, delay);
    },
    flush() {
      cancelAll();
      run();
    },
    cancel() {
      pending = false;
      cancelAll();
    },
    get pending() {
      return pending;
    },
  };
}
