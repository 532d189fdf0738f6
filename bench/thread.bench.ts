// `npm run bench thread`: what a keystroke costs in an X thread. Every box of the thread checks
// again (the one typed in, and its mates, which learn what the thread now lacks); they share a
// memory of recent checks, so the cost should stay near one check however long the thread is.
// A benchmark, not a test: it prints numbers and never fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoRecent } from '../lib/content/memo';
import { checkThreadPost } from '../lib/content/thread-findings';
import { checkDraft } from '../lib/engine/check';
import type { Finding } from '../lib/engine/types';
import { parsePlanJson } from '../lib/plan/parse';

const root = fileURLToPath(new URL('..', import.meta.url));

const POST = 'Day {n} of our winter roast diary: beans from Huila, roasted in Tromsø, brewed at 93 °C for four minutes. ';

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export function run(): void {
  const raw = JSON.parse(readFileSync(join(root, 'samples/plan.example.json'), 'utf8')) as {
    channels: { x: { hashtags: { required: string[]; min: number }; cta: { required: boolean }; links: { required: boolean } } };
  };
  // The worst case: the opening post lacks what the thread must hold, so it reads every other post.
  raw.channels.x.hashtags.required = ['#NordlysKaffe'];
  raw.channels.x.hashtags.min = 1;
  raw.channels.x.cta.required = true;
  raw.channels.x.links.required = true;
  const parsed = parsePlanJson(JSON.stringify(raw));
  if (!parsed.ok) throw new Error('the bench plan is invalid');
  const plan = parsed.plan;
  const check = (text: string) => checkDraft(text, { plan, channel: 'x', surface: 'post' });

  console.log('posts  one check of a post  keystroke, shared checks  keystroke, each box on its own');
  for (const count of [2, 10, 25]) {
    const posts = Array.from({ length: count }, (_, n) => POST.replace('{n}', String(n + 1)).repeat(2).slice(0, 270));
    const shared = memoRecent(check, 64);
    const place = (position: number) => ({ position, posts: () => posts });
    const keystroke = (checker: (text: string) => Finding[], n: number) => {
      posts[count - 1] = `${posts[count - 1]!.slice(0, 260)}${String(n).padStart(4, '0')}`;
      for (let i = 0; i < count; i++) checkThreadPost(posts[i]!, place(i), checker);
    };
    const time = (fn: (n: number) => void, runs: number) => {
      const times: number[] = [];
      for (let n = 0; n < runs; n++) {
        const started = performance.now();
        fn(n);
        times.push(performance.now() - started);
      }
      return median(times);
    };
    for (let n = 0; n < 20; n++) keystroke(shared, n);
    const one = time(() => check(posts[0]!), 200);
    const withMemo = time((n) => keystroke(shared, 1000 + n), 200);
    const alone = time((n) => keystroke(check, 2000 + n), 40);
    console.log(`${String(count).padStart(5)}  ${`${(one * 1000).toFixed(1)} µs`.padStart(19)}  ${`${(withMemo * 1000).toFixed(1)} µs`.padStart(25)}  ${`${(alone * 1000).toFixed(1)} µs`.padStart(32)}`);
  }
}
