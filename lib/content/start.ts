import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { channelFromHost } from '../channels/host';
import type { ComposerController } from './composer-controller';
import { createEngineLoader, ENGINE_PATH } from './engine-loader';
import { createPlanSource } from './plan-source';
import { SITE_ADAPTERS } from './sites/index';
import type { ComposerMatch } from './sites/types';
import type { ComposerEngine } from './composer-engine';
import { answerTabState } from './tab-state';

/** Only what the engine load below needs of the global extension namespace. */
declare const chrome: { runtime: { getURL(path: string): string } };

/** After start and each navigation, composers are looked for this long after (SPAs render late). */
const SCAN_DELAYS_MS = [0, 1000, 3000];
/** While composers exist: how often to check they are still in the page and catch layout shifts. */
const FOLLOW_INTERVAL_MS = 1000;

/**
 * Entry of the content script. Cheap on pages without a composer: two document-level listeners
 * (focusin, input) and a few one-off queries after navigation. Each composer found gets its own
 * controller that observes only that editor. Controllers, checks and tone live in a separate module
 * (composer-engine.ts) imported when the first composer is found, so a page where no composer is
 * used never evaluates them.
 */
export function startComposerChecks(ctx: ContentScriptContext): void {
  const channel = channelFromHost(location.hostname);
  if (!channel || ctx.isInvalid) return;
  const root = document.documentElement;
  root.dataset.brandlineChannel = channel;
  const adapter = SITE_ADAPTERS[channel];
  const plans = createPlanSource(ctx, channel);
  const controllers = new Map<HTMLElement, ComposerController>();
  // Editors found while the engine loads (the first focus on a page): made into controllers once it is in.
  const waiting = new Map<HTMLElement, ComposerMatch>();
  // The global `chrome` (present in Chrome's and Firefox's content scripts), written out literally:
  // the bundler renames the imported `browser`, and Firefox's add-on linter accepts import() only
  // of a literal `chrome.runtime.getURL(…)` / `browser.runtime.getURL(…)`.
  const engine = createEngineLoader(() => import(/* @vite-ignore */ chrome.runtime.getURL(ENGINE_PATH)));
  // Ends the pointer listener that loads the engine ahead of the first focus (warmUp below).
  const hovering = new AbortController();
  let engineWarned = false;
  let following: number | undefined;
  let noted = false;

  // ctx.isInvalid asks the extension runtime each time (that is how a disabled extension is
  // noticed); hot paths (scroll) filter on this flag first.
  let stopped = false;
  ctx.onInvalidated(() => (stopped = true));
  const guard = <A extends unknown[]>(what: string, fn: (...args: A) => void) =>
    (...args: A) => {
      if (stopped || ctx.isInvalid) return;
      try {
        fn(...args);
      } catch (error) {
        // Never let a Brandline bug surface as an error in the site.
        console.warn(`Brandline: ${what} failed`, error);
      }
    };

  // Each controller batches its own placement into the next frame.
  const reposition = (which: Iterable<ComposerController>) => {
    for (const controller of which) controller.reposition();
  };
  const repositionAll = () => reposition(controllers.values());
  // Page scrolling moves nothing (panels scroll with the page or are fixed with their dialog),
  // except that a panel hidden with its composer out of view comes back; a scrolling element that
  // holds a composer moves its panel.
  const followScroll = guard('following a scrolled element', (target: Element) => {
    reposition([...controllers.values()].filter((c) => target.contains(c.element)));
  });
  const followPage = guard('following the page', () => {
    reposition([...controllers.values()].filter((c) => c.offScreen));
  });
  const onScroll = (event: Event) => {
    const target = event.target;
    if (stopped || !controllers.size) return;
    if (!(target instanceof Element) || target === document.documentElement) followPage();
    else followScroll(target);
  };

  // Boxes of an X thread affect each other's findings (what the thread lacks is said once).
  const threadChanged = (boxes: Iterable<HTMLElement>) => {
    for (const box of boxes) {
      const controller = controllers.get(box);
      controller?.refreshThread();
      controller?.requestCheck();
    }
  };
  const onEdited = (edited: ComposerController) => {
    for (const box of edited.threadMates()) controllers.get(box)?.requestCheck();
  };

  /** Ends the controllers of editors the page took out; true for those left, to check when stale. */
  const dropGone = (checkStale: boolean) => {
    const mates = new Set<HTMLElement>();
    for (const [element, controller] of controllers) {
      if (!element.isConnected) {
        for (const box of controller.threadMates()) mates.add(box);
        controller.dispose();
        controllers.delete(element);
      } else if (checkStale && controller.isStale()) {
        controller.requestCheck();
      }
    }
    if (mates.size) threadChanged(mates);
  };

  const follow = guard('following composers', () => {
    dropGone(true);
    if (!controllers.size && following !== undefined) {
      clearInterval(following);
      following = undefined;
      return;
    }
    repositionAll();
  });

  const create = (match: ComposerMatch, make: ComposerEngine['createController']) => {
    hovering.abort();
    // A page that makes its editor anew (on every key, some do) leaves the old one's panel up
    // until the next follow tick: up to 19 stacked panels for a second (QA37). Gone ones go now.
    dropGone(false);
    const controller = make(match, { adapter, channel, plans, onEdited, threadLacks: (box) => controllers.get(box)?.threadLacks() ?? [] });
    controllers.set(match.element, controller);
    threadChanged(controller.threadMates());
    // A plain interval (ctx's adds a listener each time it restarts); cleared when the last
    // controller goes and when the context is invalidated.
    following ??= window.setInterval(follow, FOLLOW_INTERVAL_MS);
    return controller;
  };

  const createWaiting = guard('starting the composer checks', (loaded: ComposerEngine) => {
    const found = [...waiting.values()];
    waiting.clear();
    for (const match of found) if (match.element.isConnected && !controllers.has(match.element)) create(match, loaded.createController);
  });

  const attach = (target: Element, only?: 'post') => {
    if (controllers.has(target as HTMLElement) || waiting.has(target as HTMLElement)) return;
    const match = adapter.match(target);
    if (!match || (only && match.surface !== only) || adapter.inPrivateMessages(match.element, location.pathname)) return;
    if (controllers.has(match.element) || waiting.has(match.element)) return;
    const loaded = engine.loaded();
    if (loaded) {
      create(match, loaded.createController);
      return;
    }
    waiting.set(match.element, match);
    // The plan comes from the background meanwhile.
    void plans.load();
    engine.load().then(createWaiting, (error: unknown) => {
      waiting.clear();
      if (engineWarned) return;
      engineWarned = true;
      console.warn('Brandline: could not load the composer checks', error);
    });
  };

  const onFocusOrInput = guard('finding the composer', (event: Event) => {
    const target = event.composedPath()[0] ?? event.target;
    if (!(target instanceof Element)) return;
    attach(target);
  });

  // A pointer over an editor usually means a click into it soon: load the engine then, so the first
  // focus finds it ready. Cheap filter first (pointerover is frequent); listens until the engine is in.
  const prepare = guard('preparing the composer checks', () => {
    void plans.load();
    // A failure is reported (once) by the focus that needs the engine.
    engine.load().catch(() => undefined);
  });
  const warmUp = (event: Event) => {
    const target = event.target;
    if (stopped || !(target instanceof Element) || !adapter.variants.some((variant) => target.closest(variant.selector))) return;
    hovering.abort();
    if (!engine.loaded()) prepare();
  };

  const scan = guard('looking for composers', () => {
    // Post composers get their panel at once; comment fields only once used (a feed has dozens).
    for (const match of adapter.findAll(document)) if (match.surface === 'post') attach(match.element, 'post');
  });

  const noteIfNone = guard('looking for composers', () => {
    if (noted || controllers.size || waiting.size || !adapter.expectsComposer(location.pathname)) return;
    if (adapter.findAll(document).length) return;
    noted = true;
    console.info(`Brandline: no ${channel} composer recognised on ${location.pathname}; the site may have changed its markup (selectors: lib/content/sites/${channel}.ts).`);
  });

  // Plain timers, not ctx's: each ctx timer adds an onInvalidated listener that is never removed,
  // and this runs on every navigation (QA17: 8 listeners left per navigation). scan and
  // noteIfNone are guarded: after the context is invalidated they do nothing.
  const scanSoon = () => {
    for (const delay of SCAN_DELAYS_MS) window.setTimeout(() => window.requestIdleCallback(scan, { timeout: 500 }), delay);
    window.setTimeout(() => window.requestIdleCallback(noteIfNone, { timeout: 1000 }), 5000);
  };

  ctx.addEventListener(document, 'focusin', onFocusOrInput, { capture: true, passive: true });
  ctx.addEventListener(document, 'input', onFocusOrInput, { capture: true, passive: true });
  document.addEventListener('pointerover', warmUp, { capture: true, passive: true, signal: hovering.signal });
  ctx.onInvalidated(() => hovering.abort());
  ctx.addEventListener(window, 'scroll', onScroll, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', guard('following the page', repositionAll), { passive: true });
  ctx.addEventListener(window, 'wxt:locationchange', guard('navigation', () => {
    noted = false;
    // The same editor element can now answer another post (single-page apps keep the markup).
    for (const controller of controllers.values()) {
      controller.refreshContext();
      controller.requestCheck();
    }
    follow();
    scanSoon();
  }));
  plans.onChange(guard('applying the new plan', () => {
    for (const controller of controllers.values()) controller.checkNow();
  }));
  answerTabState(ctx, async () => {
    if (waiting.size) await engine.load().catch(() => undefined);
    await plans.load();
    const live = [...controllers.values()].filter((c) => c.element.isConnected);
    const focused = document.activeElement;
    const rank = (c: ComposerController) => (c.element === focused || c.element.contains(focused) ? Infinity : c.lastActive);
    live.sort((a, b) => rank(b) - rank(a));
    const plan = plans.current();
    return { channel, planName: plan?.name, ...(plan && !plan.channels[channel].enabled ? { checksOff: true as const } : {}), composers: live.map((c) => c.state()) };
  });
  ctx.onInvalidated(() => {
    if (following !== undefined) clearInterval(following);
    following = undefined;
    for (const controller of controllers.values()) controller.dispose();
    controllers.clear();
    waiting.clear();
    // Only controllers paint marks, and there are none before the engine is in.
    engine.loaded()?.removeAllMarks(document);
    delete root.dataset.brandlineChannel;
  });

  if (document.activeElement) attach(document.activeElement);
  scanSoon();
}
