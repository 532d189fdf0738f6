/**
 * A live timeline for the page benchmark: thousands of posts and a steady stream of DOM
 * mutations (new posts arrive on top, counters tick), deterministic so runs compare.
 */
import type { TweetData } from './tweets';

export const HEAVY_FEED_SIZE = 1500;
export const HEAVY_FEED_TICK_MS = 250;

const WORDS = ('coffee winter roast oslo bergen morning queue latte beans filter espresso snow tram '
  + 'weekend market bakery cardamom bun fjord light dark cold warm friends thread news update').split(' ');
const PEOPLE = ['Ingrid Berg', 'Lars Dahl', 'Sofie Lie', 'Jonas Moe', 'Emma Vik', 'Noah Strand', 'Nora Lund'];

/** Mulberry32: a tiny seeded PRNG, so every run sees the same feed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeTweet(serial: number, random: () => number): TweetData {
  const name = PEOPLE[Math.floor(random() * PEOPLE.length)] ?? 'Ingrid Berg';
  const words = Array.from({ length: 8 + Math.floor(random() * 30) }, () => WORDS[Math.floor(random() * WORDS.length)]);
  return {
    id: String(1_900_000_000_000_000_000n + BigInt(serial)),
    name,
    handle: name.toLowerCase().replace(/[^a-z]/g, ''),
    text: words.join(' '),
    lang: 'en',
    time: new Date(Date.UTC(2027, 0, 14) - serial * 60_000).toISOString(),
    replies: Math.floor(random() * 50),
    reposts: Math.floor(random() * 200),
    likes: Math.floor(random() * 2000),
    views: Math.floor(random() * 90_000),
  };
}

/** One tick: a new post on top, the oldest gone, a few counters changed. Returns a new array. */
export function tick(feed: TweetData[], serial: number, random: () => number): TweetData[] {
  const next = [makeTweet(serial, random), ...feed.slice(0, feed.length - 1)];
  for (let i = 0; i < 10; i += 1) {
    const index = Math.floor(random() * next.length);
    const tweet = next[index];
    if (tweet) next[index] = { ...tweet, likes: tweet.likes + 1, views: tweet.views + 17 };
  }
  return next;
}
