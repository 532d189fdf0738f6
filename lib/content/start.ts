import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { channelFromHost } from '../channels/host';
import { ComposerController } from './composer-controller';
import { removeAllMarks } from './highlights';
import { createPlanSource } from './plan-source';
import { SITE_ADAPTERS } from './sites/index';
import { answerTabState } from './tab-state';

/** After start and each navigation, composers are looked for this long after (SPAs render late). */
const SCAN_DELAYS_MS = [0, 1000, 3000];
/** While composers exist: how often to check they are still in the page and catch layout shifts. */
const FOLLOW_INTERVAL_MS = 1000;

/**
 * Entry of the content script. Cheap on pages without a composer: two document-level listeners
 * (focusin, input) and a few one-off queries after navigation. Each composer found gets its own
 * controller that observes only that editor.
 */
export function startComposerChecks(ctx: ContentScriptContext): void {
  const channel = channelFromHost(location.hostname);
  if (!channel || ctx.isInvalid) return;
  const root = document.documentElement;
  root.dataset.brandlineChannel = channel;
  const adapter = SITE_ADAPTERS[channel];
  const plans = createPlanSource(ctx, channel);
  const controllers = new Map<HTMLElement, ComposerController>();
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
  // Page scrolling moves nothing (panels scroll with the page or are fixed with their dialog); only
  // a scrolling element that holds a composer does.
  const followScroll = guard('following a scrolled element', (target: Element) => {
    reposition([...controllers.values()].filter((c) => target.contains(c.element)));
  });
  const onScroll = (event: Event) => {
    const target = event.target;
    if (stopped || !controllers.size || !(target instanceof Element) || target === document.documentElement) return;
    followScroll(target);
  };

  const follow = guard('following composers', () => {
    for (const [element, controller] of controllers) {
      if (!element.isConnected) {
        controller.dispose();
        controllers.delete(element);
      } else if (controller.isStale()) {
        controller.requestCheck();
      }
    }
    if (!controllers.size && following !== undefined) {
      clearInterval(following);
      following = undefined;
      return;
    }
    repositionAll();
  });

  const attach = (target: Element, only?: 'post') => {
    const known = controllers.get(target as HTMLElement);
    if (known) return known;
    const match = adapter.match(target);
    if (!match || (only && match.surface !== only)) return undefined;
    const existing = controllers.get(match.element);
    if (existing) return existing;
    const controller = new ComposerController(match, { ctx, adapter, channel, plans });
    controllers.set(match.element, controller);
    following ??= ctx.setInterval(follow, FOLLOW_INTERVAL_MS);
    return controller;
  };

  const onFocusOrInput = guard('finding the composer', (event: Event) => {
    const target = event.composedPath()[0] ?? event.target;
    if (!(target instanceof Element)) return;
    attach(target);
  });

  const scan = guard('looking for composers', () => {
    // Post composers get their panel at once; comment fields only once used (a feed has dozens).
    for (const match of adapter.findAll(document)) if (match.surface === 'post') attach(match.element, 'post');
  });

  const noteIfNone = guard('looking for composers', () => {
    if (noted || controllers.size || !adapter.expectsComposer(location.pathname)) return;
    if (adapter.findAll(document).length) return;
    noted = true;
    console.info(`Brandline: no ${channel} composer recognised on ${location.pathname}; the site may have changed its markup (selectors: lib/content/sites/${channel}.ts).`);
  });

  const scanSoon = () => {
    for (const delay of SCAN_DELAYS_MS) ctx.setTimeout(() => ctx.requestIdleCallback(scan, { timeout: 500 }), delay);
    ctx.setTimeout(() => ctx.requestIdleCallback(noteIfNone, { timeout: 1000 }), 5000);
  };

  ctx.addEventListener(document, 'focusin', onFocusOrInput, { capture: true, passive: true });
  ctx.addEventListener(document, 'input', onFocusOrInput, { capture: true, passive: true });
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
    await plans.load();
    const live = [...controllers.values()].filter((c) => c.element.isConnected);
    const focused = document.activeElement;
    const rank = (c: ComposerController) => (c.element === focused || c.element.contains(focused) ? Infinity : c.lastActive);
    live.sort((a, b) => rank(b) - rank(a));
    return { channel, planName: plans.current()?.name, composers: live.map((c) => c.state()) };
  });
  ctx.onInvalidated(() => {
    for (const controller of controllers.values()) controller.dispose();
    controllers.clear();
    removeAllMarks(document);
    delete root.dataset.brandlineChannel;
  });

  if (document.activeElement) attach(document.activeElement);
  scanSoon();
}
