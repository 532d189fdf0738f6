/**
 * `npm run bench:page`: what Brandline costs the sites, measured in real Chromium on the playground
 * pages (a benchmark that reports numbers, never a timed test that fails):
 *  (a) keystroke → updated overlay while typing a 280-character post at 15 characters per second
 *      on x.com/home (Draft.js): median and p95, to the overlay's DOM update and to the next frame;
 *  (b) the heavy live timeline (x.com/home?feed=heavy: 1,500 posts, new ones every 250 ms): main-
 *      thread script time with Brandline vs without, alternating runs in the same process, plus
 *      the script time a CPU profile attributes to Brandline's own code and its longest stretch;
 *  (c) the content script's size, raw and gzip (the start-up script and the engine it imports);
 *  (d) page load: Brandline's script time (the content script's evaluation, and all of it) while
 *      pages whose composers are not used load, median over several tabs, from a performance trace;
 *  (e) the first focus of a comment field: focus → Brandline's panel visible (the engine loads then).
 * BRANDLINE_EXTENSION_DIR and BRANDLINE_PLAYGROUND_DIR choose the builds (defaults: .output/chrome-mv3,
 * playground/dist).
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchBrowser } from '../tests/e2e/browser';
import { EDITORS, SITES, routePlayground } from '../tests/e2e/sites';

const CHARS_PER_SECOND = 15;
/** (e) How long the pointer rests on a field before the click, in the "after hovering" figure. */
const HOVER_MS = 200;
const HEAVY_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const HEAVY_SETTLE_MS = 3_000;
const HEAVY_MEASURE_MS = 10_000;

/** A 280-character post in the brand's voice, with a few things for the checks to find. */
const DRAFT = (() => {
  const base =
    'Winter Roast is back at Nordlys Coffee! Dark chocolate, orange peel and a little smoke in every cup. ' +
    'Our users say it is the cheap treat of the season. Order now at https://nordlyscoffee.no/winter #NordlysCoffee ' +
    'and tell us how you brew it at home this weekend. See you soon';
  return base.padEnd(280, '.').slice(0, 280);
})();

function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function newContext(withExtension: boolean): Promise<BrowserContext> {
  const context = await launchBrowser({ withExtension });
  await routePlayground(context, []);
  return context;
}

interface Keystrokes {
  keys: number[];
  updates: { length: number; dom: number; frame: number }[];
}

/** (a) Types the draft at 15 chars/s and pairs each keydown with the first overlay update that includes it. */
async function measureKeystrokeLatency(): Promise<{ dom: number[]; frame: number[]; missed: number; typed: string | undefined }> {
  const context = await newContext(true);
  try {
    const page = await context.newPage();
    await page.goto(SITES.x.home);
    const editor = page.locator(`[data-playground-editor="${EDITORS.x.post}"] [contenteditable="true"]`);
    await editor.click();
    await page.locator('brandline-overlay [data-length="0"]').waitFor({ state: 'attached' });
    await page.evaluate(() => {
      const bench: Keystrokes = { keys: [], updates: [] };
      (window as unknown as { __bench: Keystrokes }).__bench = bench;
      window.addEventListener('keydown', (event) => bench.keys.push(event.timeStamp), true);
      const root = document.querySelector('brandline-overlay')!.shadowRoot!;
      new MutationObserver(() => {
        const length = Number(root.querySelector('[data-length]')?.getAttribute('data-length'));
        const update = { length, dom: performance.now(), frame: NaN };
        bench.updates.push(update);
        requestAnimationFrame(() => (update.frame = performance.now()));
      }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-length'] });
    });
    await page.keyboard.type(DRAFT, { delay: 1000 / CHARS_PER_SECOND });
    await page.waitForTimeout(500);
    const bench = await page.evaluate(() => (window as unknown as { __bench: Keystrokes }).__bench);
    const typed = await page.evaluate((id) => window.__playground.text(id), EDITORS.x.post);
    const dom: number[] = [];
    const frame: number[] = [];
    let missed = 0;
    bench.keys.forEach((at, i) => {
      const update = bench.updates.find((u) => u.length >= i + 1 && u.dom >= at);
      if (!update) {
        missed += 1;
        return;
      }
      dom.push(update.dom - at);
      if (Number.isFinite(update.frame)) frame.push(update.frame - at);
    });
    return { dom, frame, missed, typed };
  } finally {
    await context.close();
  }
}

interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame: { url: string; functionName: string };
}

/** Script time in a CPU profile whose stack includes Brandline's code, and its longest unbroken stretch. */
function brandlineShare(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): { total: number; longest: number; top: string[] } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = Boolean(node?.callFrame.url.startsWith('chrome-extension://')) || (up !== undefined && isOurs(up));
    ours.set(id, value);
    return value;
  };
  let total = 0;
  let run = 0;
  let longest = 0;
  const byFunction = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    // A sample's delta is the time since the previous sample: charge it to the previous one.
    const spent = (deltas[i + 1] ?? 0) / 1000;
    if (isOurs(id)) {
      const name = byId.get(id)?.callFrame.functionName || '(anonymous)';
      byFunction.set(name, (byFunction.get(name) ?? 0) + spent);
      total += spent;
      run += spent;
      longest = Math.max(longest, run);
    } else {
      run = 0;
    }
  });
  const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, time]) => `${name} ${time.toFixed(1)} ms`);
  return { total, longest, top };
}

async function metric(session: CDPSession, name: string): Promise<number> {
  const { metrics } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}

interface HeavyRun {
  scriptMs: number;
  taskMs: number;
  longTasks: number;
  brandlineMs: number;
  brandlineLongestMs: number;
  /** Where Brandline's time went (self time by function, natives like layout included). */
  brandlineTop: string[];
}

/** (b) One measurement of the heavy timeline; scrolls like a reader so scroll listeners run too. */
async function measureHeavyFeed(withExtension: boolean): Promise<HeavyRun> {
  const context = await newContext(withExtension);
  try {
    const page: Page = await context.newPage();
    await page.goto(SITES.x.homeHeavy);
    await page.waitForTimeout(HEAVY_SETTLE_MS);
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number };
      w.__longTasks = 0;
      new PerformanceObserver((list) => (w.__longTasks += list.getEntries().length)).observe({ type: 'longtask' });
    });
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    const script0 = await metric(session, 'ScriptDuration');
    const task0 = await metric(session, 'TaskDuration');
    await session.send('Profiler.start');
    const end = Date.now() + HEAVY_MEASURE_MS;
    while (Date.now() < end) {
      await page.mouse.wheel(0, 240);
      await page.waitForTimeout(500);
    }
    const { profile } = (await session.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] } };
    const script1 = await metric(session, 'ScriptDuration');
    const task1 = await metric(session, 'TaskDuration');
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number }).__longTasks);
    const share = brandlineShare(profile);
    return {
      scriptMs: (script1 - script0) * 1000,
      taskMs: (task1 - task0) * 1000,
      longTasks,
      brandlineMs: share.total,
      brandlineLongestMs: share.longest,
      brandlineTop: share.top,
    };
  } finally {
    await context.close();
  }
}

/** Trace events: complete ('X') ones with their span in µs, and thread names ('M'). */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { url?: string }; fileName?: string; worldName?: string; name?: string };
}

/** Records a Chromium performance trace (the DevTools timeline's script events) of the page while `during` runs. */
async function traced(context: BrowserContext, page: Page, during: () => Promise<void>): Promise<TraceEvent[]> {
  const session = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (event: { value: object[] }) => events.push(...(event.value as TraceEvent[])));
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute'] }, transferMode: 'ReportEvents' });
  await during();
  await session.send('Tracing.end');
  await complete;
  await session.detach();
  return events;
}

const scriptUrl = (event: TraceEvent) => event.args?.data?.url ?? event.args?.fileName ?? '';

/**
 * Brandline's events: those naming one of its scripts, and those run in its isolated world (which
 * Chromium names after the extension), such as the engine module's evaluation.
 */
const isBrandline = (event: TraceEvent) => scriptUrl(event).startsWith('chrome-extension://') || event.args?.worldName === 'Brandline';

/**
 * Main-thread time of Brandline's scripts in a trace: the union of the spans of its events on the
 * renderers' main threads (the engine's parse on a background thread does not block the page), so
 * nested events count once. `evaluate`: the content script's own evaluation (compile + top-level run).
 */
function brandlineScriptTime(events: TraceEvent[]): { total: number; evaluate: number } {
  const main = new Set(events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => event.tid));
  const spans = events
    .filter((event) => event.ph === 'X' && event.dur !== undefined && main.has(event.tid) && isBrandline(event))
    .map((event) => [event.ts, event.ts + event.dur!] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  const evaluate = events
    .filter((event) => event.name === 'EvaluateScript' && scriptUrl(event).includes('/content-scripts/'))
    .reduce((sum, event) => sum + (event.dur ?? 0), 0);
  return { total: total / 1000, evaluate: evaluate / 1000 };
}

interface LoadRun {
  /** The content script's EvaluateScript (compile + top-level run). */
  evaluate: number;
  /** Every Brandline script event while the page loads and settles (3 s). */
  total: number;
  /** Whether the composer engine was loaded during those 3 s (a post composer is on the page). */
  engine: boolean;
}

/**
 * (d) Page load: Brandline's main-thread script time while a page loads and settles (3 s), from a
 * performance trace, over `loads` fresh tabs in one browser (the first load included).
 */
async function measurePageLoads(url: string, loads: number): Promise<LoadRun[]> {
  const context = await newContext(true);
  try {
    const runs: LoadRun[] = [];
    for (let i = 0; i < loads; i++) {
      const page = await context.newPage();
      const events = await traced(context, page, async () => {
        await page.goto(url);
        await page.waitForTimeout(3_000);
      });
      const engine = events.some((event) => scriptUrl(event).endsWith('/composer-engine.js'));
      runs.push({ ...brandlineScriptTime(events), engine });
      await page.close();
    }
    return runs;
  } finally {
    await context.close();
  }
}

/**
 * (e) First focus on a page: the time from the focus of a composer to its Brandline panel being
 * visible (the engine loads on that focus when the page had no post composer), measured without
 * tracing: clicked at once, and with the pointer resting on the field first (as a user's does);
 * then, in as many more tabs, Brandline's main-thread script time in that stretch, from a trace.
 * One fresh tab per load, the page settled for 2 s first.
 */
async function measureFirstFocus(
  url: string,
  editorId: string,
  tag: 'brandline-overlay' | 'brandline-tone-chip',
  loads: number,
): Promise<{ visible: number[]; visibleAfterHover: number[]; script: number[] }> {
  const context = await newContext(true);
  try {
    const visible: number[] = [];
    const visibleAfterHover: number[] = [];
    const script: number[] = [];
    for (let i = 0; i < 3 * loads; i++) {
      const kind = i < loads ? 'click' : i < 2 * loads ? 'hover' : 'traced';
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForTimeout(2_000);
      await page.evaluate((panelTag) => {
        const times: { focus?: number; visible?: number } = {};
        (window as unknown as { __firstFocus: typeof times }).__firstFocus = times;
        window.addEventListener('focusin', () => (times.focus ??= performance.now()), { capture: true });
        // (No named inner functions: tsx would wrap them in a helper the page does not have.)
        new MutationObserver(() => {
          if (times.focus === undefined || times.visible !== undefined) return;
          if (document.querySelector<HTMLElement>(panelTag)?.style.visibility === 'visible') times.visible = performance.now();
        }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
      }, tag);
      const editor = page.locator(`[data-playground-editor="${editorId}"] [contenteditable="true"]`).or(page.locator(`textarea[data-playground-editor="${editorId}"]`)).first();
      const focusUntilVisible = async () => {
        await editor.click();
        await page.waitForFunction(() => (window as unknown as { __firstFocus: { visible?: number } }).__firstFocus.visible !== undefined, undefined, { timeout: 10_000 });
      };
      if (kind === 'traced') {
        script.push(brandlineScriptTime(await traced(context, page, focusUntilVisible)).total);
      } else {
        if (kind === 'hover') {
          // A user's pointer rests on the field for a moment before the click lands.
          await editor.hover();
          await page.waitForTimeout(HOVER_MS);
        }
        await focusUntilVisible();
        const times = await page.evaluate(() => (window as unknown as { __firstFocus: { focus: number; visible: number } }).__firstFocus);
        (kind === 'hover' ? visibleAfterHover : visible).push(times.visible - times.focus);
      }
      await page.close();
    }
    return { visible, visibleAfterHover, script };
  } finally {
    await context.close();
  }
}

/** (c) Content-script bundle size: the script every page of the three sites runs, and the engine it imports on the first composer. */
function contentScriptSize(): { file: string; raw: number; gzip: number }[] {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const files = readdirSync(dir).map((file) => join('content-scripts', file));
  if (existsSync(join(EXTENSION_DIR, 'composer-engine.js'))) files.push('composer-engine.js');
  return files.map((file) => {
    const bytes = readFileSync(join(EXTENSION_DIR, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

export async function run(): Promise<void> {
  console.log(`Extension: ${EXTENSION_DIR}`);
  if (wanted('a')) await reportKeystrokes();
  if (wanted('b')) await reportHeavyFeed();
  if (wanted('d')) await reportPageLoads();
  if (wanted('e')) await reportFirstFocus();
  if (wanted('c')) reportSizes();
}

/** BENCH_PARTS=d,e runs only those parts (all by default). */
function wanted(part: string): boolean {
  const parts = process.env.BENCH_PARTS;
  return !parts || parts.split(',').map((p) => p.trim()).includes(part);
}

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const stat = (values: number[]) => `${ms(quantile(values, 0.5))} (first ${ms(values[0]!)}, max ${ms(Math.max(...values))})`;

async function reportKeystrokes(): Promise<void> {
  console.log('\n### (a) Keystroke → updated overlay (x.com/home, Draft.js, 280 characters at 15/s)');
  const latency = await measureKeystrokeLatency();
  console.log(`typed text intact: ${latency.typed === DRAFT ? 'yes' : 'NO'}; keystrokes without their own update (merged into the next): ${latency.missed}`);
  console.log('| to | median | p95 | max |\n|---|---|---|---|');
  console.log(`| overlay DOM updated | ${ms(quantile(latency.dom, 0.5))} | ${ms(quantile(latency.dom, 0.95))} | ${ms(Math.max(...latency.dom))} |`);
  console.log(`| next frame | ${ms(quantile(latency.frame, 0.5))} | ${ms(quantile(latency.frame, 0.95))} | ${ms(Math.max(...latency.frame))} |`);
}

async function reportHeavyFeed(): Promise<void> {
  console.log(`\n### (b) Heavy live timeline (x.com/home?feed=heavy), ${HEAVY_ROUNDS} alternating rounds of ${HEAVY_MEASURE_MS / 1000} s`);
  const without: HeavyRun[] = [];
  const withBrandline: HeavyRun[] = [];
  for (let round = 0; round < HEAVY_ROUNDS; round++) {
    without.push(await measureHeavyFeed(false));
    withBrandline.push(await measureHeavyFeed(true));
  }
  const median = (runs: HeavyRun[], key: Exclude<keyof HeavyRun, 'brandlineTop'>) => quantile(runs.map((r) => r[key]), 0.5);
  console.log('| | script time | task time | long tasks (>50 ms) | Brandline code (profile) | longest Brandline stretch |\n|---|---|---|---|---|---|');
  for (const [label, runs] of [['without Brandline', without], ['with Brandline', withBrandline]] as const) {
    console.log(`| ${label} | ${ms(median(runs, 'scriptMs'))} | ${ms(median(runs, 'taskMs'))} | ${median(runs, 'longTasks')} | ${ms(median(runs, 'brandlineMs'))} | ${ms(median(runs, 'brandlineLongestMs'))} |`);
  }
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
  console.log(`with vs without (medians, run-to-run noise included): script ${pct(median(withBrandline, 'scriptMs') / median(without, 'scriptMs') - 1)}, task ${pct(median(withBrandline, 'taskMs') / median(without, 'taskMs') - 1)}`);
  console.log(`Brandline's own stacks (its code and the layout/style work it triggers): ${pct(median(withBrandline, 'brandlineMs') / median(without, 'scriptMs'))} of the page's script time without it, ${pct(median(withBrandline, 'brandlineMs') / median(without, 'taskMs'))} of its main-thread task time`);
  console.log(`runs (script ms) without: ${without.map((r) => r.scriptMs.toFixed(0)).join(', ')}; with: ${withBrandline.map((r) => r.scriptMs.toFixed(0)).join(', ')}`);
  console.log(`where Brandline's time went (last run): ${withBrandline.at(-1)?.brandlineTop.join('; ')}`);
}

async function reportPageLoads(): Promise<void> {
  const loads = LOADS;
  console.log(`\n### (d) Page load: Brandline script time while a page loads and settles (3 s), median of ${loads} tabs (performance trace)`);
  console.log('| page | content script evaluation | all Brandline script time | engine loaded |\n|---|---|---|---|');
  for (const [label, url] of [
    ['facebook.com/ (feed, comment boxes, none used)', SITES.facebook.home],
    ['instagram.com/p/… (comment field, not used)', SITES.instagram.post],
    ['x.com/…/status/… (reply box, not used)', SITES.x.reply],
    ['x.com/home (post composer: overlay shown at once)', SITES.x.home],
  ] as const) {
    const runs = await measurePageLoads(url, loads);
    console.log(`| ${label} | ${stat(runs.map((r) => r.evaluate))} | ${stat(runs.map((r) => r.total))} | ${runs.filter((r) => r.engine).length}/${runs.length} |`);
  }
}

async function reportFirstFocus(): Promise<void> {
  const loads = LOADS;
  console.log(`\n### (e) First focus of a composer → its Brandline panel visible, median of ${loads} tabs`);
  console.log(`| composer | focus → panel visible (untraced) | the same, pointer on the field ${HOVER_MS} ms before the click | Brandline script time from focus to panel (traced tabs) |\n|---|---|---|---|`);
  for (const [label, url, editor, tag] of [
    ['facebook.com/ comment box (tone chip)', SITES.facebook.home, EDITORS.facebook.commentOnBrandPost, 'brandline-tone-chip'],
    ['instagram.com/p/… comment field (tone chip)', SITES.instagram.post, EDITORS.instagram.comment, 'brandline-tone-chip'],
    ['x.com/…/status/… reply box (tone chip)', SITES.x.reply, EDITORS.x.reply, 'brandline-tone-chip'],
  ] as const) {
    const runs = await measureFirstFocus(url, editor, tag, loads);
    console.log(`| ${label} | ${stat(runs.visible)} | ${stat(runs.visibleAfterHover)} | ${stat(runs.script)} |`);
  }
}

function reportSizes(): void {
  console.log('\n### (c) Content script size');
  console.log('| file | raw | gzip |\n|---|---|---|');
  for (const { file, raw, gzip } of contentScriptSize()) console.log(`| ${file} | ${(raw / 1024).toFixed(1)} KiB | ${(gzip / 1024).toFixed(1)} KiB |`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await run();
}
