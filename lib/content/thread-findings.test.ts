import { describe, expect, it } from 'vitest';
import { checkDraft } from '../engine/check';
import { applyFix } from '../engine/apply-fix';
import type { Finding } from '../engine/types';
import { parsePlan } from '../plan/parse';
import { checkThreadPost } from './thread-findings';

const parsed = parsePlan({
  schema: 'brandline/plan@1', id: 'thread', name: 'Thread plan',
  terms: { banned: [{ term: 'cheap', suggest: 'good value' }] },
  channels: {
    x: {
      hashtags: { min: 2, max: 2, required: ['#NordlysKaffe'] },
      cta: { required: true, phrases: ['Order now'] },
      links: { required: true, brandDomains: ['nordlyscoffee.no'] },
    },
  },
});
if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
const plan = parsed.plan;
const check = (text: string) => checkDraft(text, { plan, channel: 'x', surface: 'post' });
const rulesOf = (findings: Finding[]) => findings.map((f) => f.ruleId).sort();
/** Checks post `position` of a thread of `posts`. */
const checkPost = (posts: readonly string[], position: number, checker = check) =>
  checkThreadPost(posts[position]!, { position, posts: () => posts }, checker);

describe('checkThreadPost', () => {
  const complete = ['Winter Roast is here #NordlysKaffe #kaffe', 'Dark, sweet, and roasted in Bodø.', 'Order now: https://nordlyscoffee.no/winter'];

  it.each<[string, string[], number, string[]]>([
    ['a thread that holds everything: nothing lacks, in any post', complete, 1, []],
    ['… nor in its opening post', complete, 0, []],
    ['… nor in its last post', complete, 2, []],
    ['a lone post is judged alone', [complete[0]!], 0, ['cta.missing', 'link.missing']],
    ['what the thread lacks is said on the opening post', [complete[0]!, complete[1]!], 0, ['cta.missing', 'link.missing']],
    ['… and only there', [complete[0]!, complete[1]!], 1, []],
    ['per-post limits stay per post', [complete[0]!, 'Too many #a #b #c', complete[2]!], 1, ['hashtags.max']],
    ['wording stays per post', [complete[0]!, 'So cheap!', complete[2]!], 1, ['terms.banned']],
    ['an empty new post lacks nothing the thread has', [...complete, ''], 3, []],
  ])('%s', (_name, posts, position, expected) => {
    expect(rulesOf(checkPost(posts, position))).toEqual(expected);
  });

  it('a hashtag missing from the whole thread keeps its fix, which appends it to the opening post', () => {
    const posts = ['Winter Roast is here #kaffe', complete[2]!];
    const findings = checkPost(posts, 0);
    expect(rulesOf(findings)).toEqual(['hashtags.min', 'hashtags.required']);
    const required = findings.find((f) => f.ruleId === 'hashtags.required')!;
    expect(applyFix(posts[0]!, required.fix!)).toBe('Winter Roast is here #kaffe #NordlysKaffe');
  });

  it('hashtags.min counts the hashtags of the whole thread and says so', () => {
    const posts = ['Winter Roast #NordlysKaffe', 'Order now: https://nordlyscoffee.no/winter'];
    const findings = checkPost(posts, 0);
    expect(rulesOf(findings)).toEqual(['hashtags.min']);
    expect(findings[0]!.message).toBe('1 hashtag: the plan asks for at least 2.');
    expect(rulesOf(checkPost([...posts, 'Also #kaffe'], 0))).toEqual([]);
  });

  it('a post outside any thread is checked alone', () => {
    expect(rulesOf(checkThreadPost(complete[1]!, undefined, check))).toEqual(['cta.missing', 'hashtags.min', 'hashtags.required', 'link.missing']);
  });

  it('a call to action split across two posts is not in the thread', () => {
    const posts = ['Winter Roast #NordlysKaffe #kaffe https://nordlyscoffee.no/winter Order', 'now, while it lasts.'];
    expect(rulesOf(checkPost(posts, 0, check))).toEqual(['cta.missing']);
  });

  it('the other posts check only themselves; the opening post reads the others once each', () => {
    const texts: string[] = [];
    let reads = 0;
    const counting = (text: string) => {
      texts.push(text);
      return check(text);
    };
    const thread = (posts: string[], position: number) => ({ position, posts: () => (reads++, posts) });
    checkThreadPost(complete[2]!, thread(complete, 2), counting);
    expect(texts).toEqual([complete[2]]);
    expect(reads).toBe(0);
    texts.length = 0;
    // The opening post lacks the call to action and the link: each other post is checked once, and
    // the reading stops as soon as nothing is left lacking.
    checkThreadPost(complete[0]!, thread(complete, 0), counting);
    expect(texts).toEqual([complete[0], complete[1], complete[2]]);
    texts.length = 0;
    checkThreadPost('Winter Roast #NordlysKaffe #kaffe. Order now: https://nordlyscoffee.no', thread(['', 'More soon'], 0), counting);
    expect(texts).toHaveLength(1);
  });
});

describe('what the thread lacks, by rule and hashtag', () => {
  const lack = (ruleId: Finding['ruleId'], message: string = ruleId): Finding => ({ ruleId, severity: 'warning', message, start: 5, end: 5 });
  const FAKE: Record<string, Finding[]> = {
    first: [lack('hashtags.required', 'Missing #a'), lack('hashtags.required', 'Missing #b'), lack('cta.missing')],
    second: [lack('hashtags.required', 'Missing #a')],
  };

  it('a hashtag one post lacks "with no room" and another simply lacks is one lack', () => {
    const long = (tag: string) => lack('hashtags.required', `Missing the required hashtag ${tag}, and there is no room to add it: shorten the post first.`);
    const fake: Record<string, Finding[]> = { first: [long('#a')], second: [lack('hashtags.required', 'Missing the required hashtag #a.')] };
    const shown = checkThreadPost('first', { position: 0, posts: () => ['first', 'second'] }, (text) => fake[text] ?? []);
    expect(shown).toEqual([long('#a')]);
  });

  it('tells missing hashtags apart by the hashtag their message names', () => {
    const shown = checkThreadPost('first', { position: 0, posts: () => ['first', 'second'] }, (text) => FAKE[text] ?? []);
    expect(shown).toEqual([lack('hashtags.required', 'Missing #a')]);
  });
});
