/** The playground's X timeline: a coffee brand (@nordlyscoffee) and the people it talks to. */
export interface TweetData {
  id: string;
  name: string;
  handle: string;
  text: string;
  lang: string;
  time: string;
  replies: number;
  reposts: number;
  likes: number;
  views: number;
  /** Status id this tweet answers, if it is a reply. */
  inReplyTo?: string;
}

export const BRAND = { name: 'Nordlys Coffee', handle: 'nordlyscoffee' };

export const TWEETS: TweetData[] = [
  {
    id: '1877001234567890123', name: BRAND.name, handle: BRAND.handle, lang: 'en', time: '2027-01-14T08:05:00Z',
    text: 'Polar Roast is back ☕ Dark chocolate, orange peel, a little smoke. Order now: https://nordlyscoffee.no/polar #NordlysCoffee',
    replies: 3, reposts: 12, likes: 148, views: 9120,
  },
  {
    id: '1877005555000000001', name: 'Kari Nordmann', handle: 'kari_nordmann', lang: 'en', time: '2027-01-14T09:41:00Z',
    text: '@nordlyscoffee my order #4411 arrived broken and nobody answers the phone. I want a refund.',
    replies: 1, reposts: 0, likes: 4, views: 310, inReplyTo: '1877001234567890123',
  },
  {
    id: '1877006666000000002', name: 'Ola Hansen', handle: 'olahansen', lang: 'nb', time: '2027-01-14T10:02:00Z',
    text: '@nordlyscoffee Vinterbrenningen er helt nydelig i år! Kommer den i hele bønner også?',
    replies: 0, reposts: 1, likes: 9, views: 402, inReplyTo: '1877001234567890123',
  },
  {
    id: '1877007777000000003', name: 'Oslo Food Guide', handle: 'oslofood', lang: 'en', time: '2027-01-13T17:30:00Z',
    text: 'Five cafés worth the queue this winter — a thread 🧵',
    replies: 21, reposts: 88, likes: 640, views: 40210,
  },
];

export function tweetById(id: string): TweetData | undefined {
  return TWEETS.find((tweet) => tweet.id === id);
}

export function repliesTo(id: string): TweetData[] {
  return TWEETS.filter((tweet) => tweet.inReplyTo === id);
}
