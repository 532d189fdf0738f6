/**
 * Writes the sample exports beside this file: a plausible first quarter of 2027 for the example
 * plan's brand (Nordlys Coffee) and its `winter-2027` campaign, in the exact formats people
 * download — for the demo, the README and the e2e tests. Deterministic (seeded), so re-running
 * it gives the same files: `npx tsx samples/metrics/generate.ts`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const START = Date.UTC(2027, 0, 1);
const DAYS = 90; // 1 Jan – 31 Mar 2027

let seed = 20270101;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (lo: number, hi: number) => Math.round(lo + random() * (hi - lo));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const day = (i: number) => new Date(START + i * 86_400_000);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');
const us = (d: Date) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
/** Exports quote big numbers with a thousands separator: "1,234". */
const grouped = (n: number) => (n >= 1000 ? `"${n.toLocaleString('en-US')}"` : String(n));
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
const at = (i: number, hour: number, minute = 0) => new Date(START + i * 86_400_000 + (hour * 60 + minute) * 60_000);

const CAPTIONS = [
  'Polar Roast is back for the dark season. Order now',
  'Three roasts, one snowy morning',
  'Pour-over in 60 seconds',
  'Meet Ingrid, our head roaster',
  'Winter blend: dark chocolate, cloudberry, a little smoke',
  'Visit our roastery in Tromsø this weekend',
  'How we pick our beans',
  'Your office deserves better coffee. Learn more',
  'Latte art, northern lights edition',
  'Behind the roaster',
];

function write(name: string, lines: string[], bom = false): void {
  writeFileSync(join(here, name), `${bom ? '\ufeff' : ''}${lines.join('\n')}\n`);
}

function xExport(): void {
  const header = ['Tweet id', 'Tweet permalink', 'Tweet text', 'time', 'impressions', 'engagements', 'engagement rate', 'retweets', 'replies', 'likes', 'user profile clicks', 'url clicks', 'hashtag clicks', 'detail expands', 'permalink clicks', 'app opens', 'app installs', 'follows', 'email tweet', 'dial phone', 'media views', 'media engagements'];
  const promoted = ['promoted impressions', 'promoted engagements', 'promoted engagement rate', 'promoted retweets', 'promoted replies', 'promoted likes', 'promoted user profile clicks', 'promoted url clicks', 'promoted hashtag clicks', 'promoted detail expands', 'promoted permalink clicks', 'promoted app opens', 'promoted app installs', 'promoted follows', 'promoted email tweet', 'promoted dial phone', 'promoted media views', 'promoted media engagements'];
  const lines = [[...header, ...promoted].map(quoted).join(',')];
  let id = 1877000000000000000n;
  for (let i = 1; i < DAYS; i += between(2, 3)) {
    id += BigInt(between(100000, 9000000));
    const time = at(i, between(7, 19), pick([0, 15, 30, 45]));
    const impressions = between(600, 4200);
    const likes = between(5, Math.round(impressions * 0.03));
    const retweets = between(0, Math.round(likes / 3));
    const replies = between(0, Math.round(likes / 4));
    const profile = between(0, 12);
    const urlClicks = between(0, 40);
    const hashtag = between(0, 4);
    const expands = between(0, 25);
    const engagements = likes + retweets + replies + profile + urlClicks + hashtag + expands;
    const text = `${pick(CAPTIONS)} https://nordlyscoffee.no/?utm_source=x&utm_medium=social&utm_campaign=winter-2027`;
    const stamp = `${iso(time)} ${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())} +0000`;
    const row = [
      quoted(String(id)), quoted(`https://x.com/nordlyscoffee/status/${id}`), quoted(text), quoted(stamp), grouped(impressions), String(engagements), String(engagements / impressions),
      String(retweets), String(replies), String(likes), String(profile), String(urlClicks), String(hashtag), String(expands), '0', '0', '0', String(between(0, 3)), '0', '0', '0', '0',
      ...promoted.map(() => '"-"'),
    ];
    lines.push(row.join(','));
  }
  write('x-tweet-activity-2027Q1.csv', lines, true);
}

function facebookExport(): void {
  const negative = ['Hide all', 'Hide', 'Report as spam', 'Unlike page'].map((k) => `Negative feedback from users: ${k}`);
  const header = ['Post ID', 'Page ID', 'Page name', 'Title', 'Description', 'Duration (sec)', 'Publish time', 'Caption type', 'Permalink', 'Is crosspost', 'Is share', 'Post type', 'Languages', 'Custom labels', 'Funded content status', 'Data comment', 'Date', 'Views', 'Reach', 'Reactions, Comments and Shares', 'Reactions', 'Comments', 'Shares', 'Total clicks', 'Link clicks', 'Other Clicks', ...negative];
  const lines = [header.map((h) => (h.includes(',') ? quoted(h) : h)).join(',')];
  const page = '102345678901234';
  let post = 901234567890000;
  for (let i = 2; i < DAYS; i += between(2, 4)) {
    post += between(1000, 90000);
    const type = pick(['Photos', 'Photos', 'Links', 'Videos', 'Status', 'Reels']);
    const reach = between(900, 6000);
    const views = Math.round(reach * (1.15 + random() * 0.4));
    const reactions = between(10, Math.round(reach * 0.05));
    const comments = between(0, Math.round(reactions / 4));
    const shares = between(0, Math.round(reactions / 5));
    const linkClicks = type === 'Links' ? between(20, 160) : type === 'Status' ? 0 : between(0, 30);
    const other = between(5, 80);
    const row = [
      `${page}_${post}`, page, 'Nordlys Coffee', '', quoted(pick(CAPTIONS)), type === 'Videos' || type === 'Reels' ? String(between(12, 90)) : '', us(at(i, between(8, 20))), '', `https://www.facebook.com/${page}/posts/${post}`, 'No', 'No', type, 'en', '', '', '', 'Lifetime',
      grouped(views), grouped(reach), String(reactions + comments + shares), String(reactions), String(comments), String(shares), String(linkClicks + other), String(linkClicks), String(other),
      ...negative.map(() => String(random() < 0.8 ? 0 : between(1, 3))),
    ];
    lines.push(row.join(','));
  }
  write('facebook-posts-2027Q1.csv', lines, true);
}

function instagramExport(): void {
  const header = ['Post ID', 'Account ID', 'Account username', 'Account name', 'Description', 'Duration (sec)', 'Publish time', 'Permalink', 'Post type', 'Data comment', 'Date', 'Views', 'Reach', 'Likes', 'Shares', 'Follows', 'Comments', 'Saves'];
  const lines = [header.join(',')];
  let post = 18045566778800000;
  for (let i = 1; i < DAYS; i += between(1, 3)) {
    post += between(1000, 90000);
    const type = pick(['IG image', 'IG image', 'IG reel', 'IG reel', 'IG carousel', 'IG video']);
    const boost = type === 'IG reel' ? 3 : 1;
    const reach = between(900, 3500) * boost;
    const views = Math.round(reach * (1.2 + random() * 0.5));
    const likes = between(30, Math.round(reach * 0.07));
    const row = [
      String(post), '17841400000000001', 'nordlyscoffee', 'Nordlys Coffee', quoted(`${pick(CAPTIONS)} #NordlysCoffee`), type === 'IG reel' || type === 'IG video' ? String(between(15, 60)) : '0', us(at(i, between(7, 21))),
      `https://www.instagram.com/${type === 'IG reel' ? 'reel' : 'p'}/C${post.toString(36)}/`, type, '', 'Lifetime', grouped(views), grouped(reach), String(likes), String(between(0, likes / 6)), String(between(0, 8)), String(between(0, likes / 5)), String(between(0, likes / 3)),
    ];
    lines.push(row.join(','));
  }
  write('instagram-posts-2027Q1.csv', lines);
}

function ga4Export(): void {
  const lines = [
    '# ----------------------------------------',
    '# Traffic acquisition: Session source / medium',
    '# Account: Nordlys Coffee',
    '# Property: nordlyscoffee.no - GA4',
    '# ----------------------------------------',
    '#',
    '# All Users',
    '# Start date: 20270101',
    '# End date: 20270331',
    'Date,Session source / medium,Sessions,Engaged sessions,Engagement rate,Key events,Total revenue',
  ];
  const sources: [string, number][] = [['facebook / social', 35], ['instagram / social', 55], ['l.instagram.com / referral', 12], ['t.co / referral', 14], ['google / organic', 160], ['(direct) / (none)', 90]];
  for (let i = 0; i < DAYS; i++) {
    for (const [source, base] of sources) {
      const sessions = between(Math.round(base * 0.6), Math.round(base * 1.4));
      const engaged = Math.round(sessions * (0.5 + random() * 0.25));
      const conversions = between(0, Math.max(1, Math.round(sessions * 0.035)));
      const revenue = conversions * between(280, 520);
      lines.push([iso(day(i)).replace(/-/g, ''), source, String(sessions), String(engaged), `${((engaged / sessions) * 100).toFixed(2)}%`, String(conversions), revenue ? revenue.toFixed(2) : '0'].join(','));
    }
  }
  write('ga4-traffic-2027Q1.csv', lines);
}

function followersTemplate(): void {
  const lines = ['channel,date,followers'];
  const start = { x: 2400, facebook: 4050, instagram: 9800 };
  const perDay = { x: 3, facebook: 1.5, instagram: 17 };
  for (const channel of ['x', 'facebook', 'instagram'] as const) {
    let followers: number = start[channel];
    for (let i = 0; i < DAYS; i++) {
      followers += perDay[channel] + between(-2, 3) * (channel === 'instagram' ? 3 : 1);
      lines.push(`${channel},${iso(day(i))},${Math.round(followers)}`);
    }
  }
  write('followers-2027Q1.csv', lines);
}

function campaignResults(): void {
  const lines = ['campaign,date,spend,clicks,conversions,revenue'];
  // 5 Jan – 28 Feb, a little over the 30,000 NOK budget's daily pace of 545: the panel warns.
  for (let i = 4; i <= 58; i++) {
    const spend = between(470, 660);
    const clicks = Math.round(spend / (1.6 + random()));
    const conversions = between(2, 7);
    lines.push(`winter-2027,${iso(day(i))},${spend}.00,${clicks},${conversions},${(conversions * between(280, 480)).toFixed(2)}`);
  }
  write('campaign-results-winter-2027.csv', lines);
}

xExport();
facebookExport();
instagramExport();
ga4Export();
followersTemplate();
campaignResults();
