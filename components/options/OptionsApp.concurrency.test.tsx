/**
 * The options page against other tabs (QA15, rev21): the worker is a fake that answers like the
 * real one (a save with an old `baseUpdatedAt` is a conflict), "another tab" is a save the fake
 * makes itself followed by the plan-change event, and the DOM is linkedom's.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const EXAMPLE = JSON.parse(readFileSync('samples/plan.example.json', 'utf8')) as Record<string, unknown>;

const worker = {
  updatedAt: 1,
  raw: { ...EXAMPLE } as Record<string, unknown>,
  saves: [] as { raw: Record<string, unknown>; baseUpdatedAt?: number }[],
  /** When set, plans.get answers wait until it is called. */
  holdGets: false,
  release: undefined as (() => void) | undefined,
  /** When set, plans.save answers wait until `releaseSave` is called. */
  holdSaves: false,
  releaseSave: undefined as (() => void) | undefined,
  /** When this tab's save is announced: before its answer, right after, or 40 ms later. */
  announce: 'before' as 'before' | 'after' | 'late',
  changed: undefined as (() => void) | undefined,
  /** Another tab saves the plan. */
  otherTabSaves(name: string) {
    this.updatedAt++;
    this.raw = { ...this.raw, name };
    this.changed?.();
  },
};

vi.mock('@/lib/messaging/client', () => ({
  send: async (type: string, payload: { raw?: Record<string, unknown>; baseUpdatedAt?: number }) => {
    if (type === 'plans.list') {
      const id = String(worker.raw.id);
      return { ok: true, value: { plans: [{ id, name: worker.raw.name, updatedAt: worker.updatedAt }], active: { x: id, facebook: id, instagram: id } } };
    }
    if (type === 'plans.get') {
      const answer = { ok: true, value: { plan: {}, raw: structuredClone(worker.raw), updatedAt: worker.updatedAt, imported: false } };
      if (!worker.holdGets) return answer;
      return new Promise((resolve) => (worker.release = () => resolve(answer)));
    }
    if (type === 'plans.save') {
      if (worker.holdSaves) await new Promise<void>((resolve) => (worker.releaseSave = resolve));
      worker.saves.push({ raw: payload.raw!, ...(payload.baseUpdatedAt !== undefined ? { baseUpdatedAt: payload.baseUpdatedAt } : {}) });
      if (payload.baseUpdatedAt !== undefined && payload.baseUpdatedAt !== worker.updatedAt) return { ok: false, error: { code: 'conflict', message: 'changed' } };
      worker.updatedAt++;
      worker.raw = payload.raw!;
      if (worker.announce === 'before') worker.changed?.();
      else setTimeout(() => worker.changed?.(), worker.announce === 'after' ? 0 : 40);
      return { ok: true, value: { id: String(payload.raw!.id) } };
    }
    return { ok: true, value: {} };
  },
}));
vi.mock('@/lib/messaging/events', () => ({
  onPlansChanged: (callback: () => void) => {
    worker.changed = callback;
    return () => undefined;
  },
  onMetricsChanged: () => () => undefined,
}));

let root: HTMLElement;
let window: Window & typeof globalThis;
beforeEach(() => {
  const dom = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  window = dom.window as unknown as Window & typeof globalThis;
  Object.assign(globalThis, {
    window,
    document: dom.document,
    Event: dom.window.Event,
    requestAnimationFrame: (f: () => void) => setTimeout(f, 0),
    cancelAnimationFrame: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    ResizeObserver: class {
      observe() {}
      disconnect() {}
    },
  });
  root = dom.document.getElementById('app') as unknown as HTMLElement;
  Object.assign(worker, { updatedAt: 1, raw: { ...EXAMPLE }, saves: [], holdGets: false, release: undefined, holdSaves: false, releaseSave: undefined, announce: 'before' });
});
afterEach(() => render(null, root));

const settle = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 60));
  });
const form = () => root.querySelector('form.bl-editor') as HTMLFormElement;
const nameField = () => root.querySelector('#plan-name') as HTMLInputElement;
const alertText = () => root.querySelector('[role=alert]')?.textContent ?? '';
const statusText = () => root.querySelector('[role=status]')?.textContent ?? '';
async function typeName(value: string) {
  await act(async () => {
    nameField().value = value;
    nameField().dispatchEvent(new window.Event('input', { bubbles: true }));
  });
}
async function submit() {
  await act(async () => {
    form().dispatchEvent(new window.Event('submit', { cancelable: true }));
  });
  await settle();
}
async function open() {
  const { OptionsApp } = await import('./OptionsApp');
  await act(async () => {
    render(<OptionsApp />, root);
  });
  for (let i = 0; i < 5 && !nameField(); i++) await settle();
  expect(nameField()?.value, root.innerHTML.slice(0, 500)).toBe('Nordlys Coffee');
}

describe('options page and other tabs', () => {
  it('a clean editor takes another tab\'s save, but not over what the user typed while it was fetched', async () => {
    await open();
    worker.holdGets = true;
    await act(async () => worker.otherTabSaves('Renamed in tab B'));
    await settle();
    expect(worker.release).toBeDefined();
    await typeName('Nordlys Coffee!');
    await act(async () => worker.release!());
    await settle();
    expect(nameField().value).toBe('Nordlys Coffee!');
    expect(alertText()).toContain('options_conflict_changed');
    // Without typing, it simply shows the new version.
    worker.holdGets = false;
    await act(async () => void root.querySelector<HTMLButtonElement>('[data-action="take-stored-plan"]')!.dispatchEvent(new window.Event('click', { bubbles: true })));
    await settle();
    expect(nameField().value).toBe('Renamed in tab B');
    await act(async () => worker.otherTabSaves('Renamed again'));
    await settle();
    expect(nameField().value).toBe('Renamed again');
    expect(statusText()).toContain('options_reloaded');
  });

  it.each(['before', 'after', 'late'] as const)('this tab\'s own save is no "changed elsewhere" (announced %s its answer)', async (when) => {
    worker.announce = when;
    await open();
    await typeName('Nordlys X');
    await submit();
    await settle();
    // The outcome waits for the plan notes' module, imported on the first save: its own time, not a fixed one.
    await vi.waitFor(() => expect(statusText()).toContain('options_save_done'));
    await settle();
    expect(alertText()).toBe('');
    expect(worker.saves.map((s) => s.baseUpdatedAt)).toEqual([1]);
  });

  it('a save keeps the editor as it is: the same fields, and keys typed while it went out, still to save', async () => {
    await open();
    const field = nameField();
    await typeName('Nordlys A');
    worker.holdSaves = true;
    const saving = submit();
    await settle();
    expect(worker.releaseSave).toBeDefined();
    // Typed while the save is on its way.
    await typeName('Nordlys AB');
    worker.holdSaves = false;
    await act(async () => worker.releaseSave!());
    await saving;
    await settle();
    expect(statusText()).toContain('options_save_done');
    expect(nameField()).toBe(field);
    expect(nameField().value).toBe('Nordlys AB');
    expect(form().dataset.dirty).toBe('true');
    expect(worker.raw.name).toBe('Nordlys A');
    // The next save sends them, checked against the version just saved.
    await submit();
    expect(worker.saves.map((s) => [s.raw.name, s.baseUpdatedAt])).toEqual([['Nordlys A', 1], ['Nordlys AB', 2]]);
    expect(alertText()).toBe('');
    expect(form().dataset.dirty).toBe('false');
    expect(nameField()).toBe(field);
  });

  it('a save that renames the plan keeps the editor and the keys typed meanwhile (rev28)', async () => {
    await open();
    const field = nameField();
    const idField = () => root.querySelector('#plan-id') as HTMLInputElement;
    await act(async () => {
      idField().value = 'nordlys-roastery';
      idField().dispatchEvent(new window.Event('input', { bubbles: true }));
    });
    worker.holdSaves = true;
    const saving = submit();
    await settle();
    await typeName('Nordlys Roastery');
    worker.holdSaves = false;
    await act(async () => worker.releaseSave!());
    await saving;
    await settle();
    expect(worker.raw.id).toBe('nordlys-roastery');
    expect(nameField()).toBe(field);
    expect(nameField().value).toBe('Nordlys Roastery');
    expect(form().dataset.dirty).toBe('true');
    expect(form().dataset.planId).toBe('nordlys-roastery');
  });

  it('"Save my version over it" overwrites once; a save refused on the way keeps the next one checked', async () => {
    await open();
    await typeName('');
    await act(async () => worker.otherTabSaves('Tab B'));
    await settle();
    expect(alertText()).toContain('options_conflict_changed');
    (form() as unknown as { requestSubmit: () => void }).requestSubmit = function (this: HTMLFormElement) {
      this.dispatchEvent(new window.Event('submit', { cancelable: true }));
    };
    // The editor refuses the empty name: nothing is sent.
    await act(async () => void root.querySelector<HTMLButtonElement>('[data-action="keep-my-plan"]')!.dispatchEvent(new window.Event('click', { bubbles: true })));
    await settle();
    expect(worker.saves).toEqual([]);
    await typeName('Tab A');
    await act(async () => worker.otherTabSaves('Tab B again'));
    await settle();
    await submit();
    // Checked against the version the editor opened: refused, tab B's save stands.
    expect(worker.saves.at(-1)?.baseUpdatedAt).toBe(1);
    expect(worker.raw.name).toBe('Tab B again');
    expect(alertText()).toContain('options_conflict_changed');
    // Now on purpose: saved over it, once, without a base.
    await act(async () => void root.querySelector<HTMLButtonElement>('[data-action="keep-my-plan"]')!.dispatchEvent(new window.Event('click', { bubbles: true })));
    await settle();
    expect(worker.saves.at(-1)?.baseUpdatedAt).toBeUndefined();
    expect(worker.raw.name).toBe('Tab A');
  });
});
