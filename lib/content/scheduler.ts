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

export function scheduleTask(work: () => void, timers: Timers, delay: number, idleTimeout: number): ScheduledTask {
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
