/** The playground's Facebook feed: the brand's page post and a visitor's post to the page. */
export interface FbComment {
  id: string;
  author: string;
  text: string;
}

export interface FbPost {
  id: string;
  author: string;
  time: string;
  text: string;
  comments: FbComment[];
}

export const FB_PAGE_NAME = 'Nordlys Coffee';

export const FB_POSTS: FbPost[] = [
  {
    id: '1', author: FB_PAGE_NAME, time: '2 h',
    text: 'Polar Roast is back ☕\nDark chocolate, orange peel and a little smoke, roasted in Tromsø. Learn more: https://nordlyscoffee.no/polar',
    comments: [
      { id: '1-1', author: 'Ingrid Berg', text: 'Best news this week! Is it available as whole beans?' },
      { id: '1-2', author: 'Lars Dahl', text: 'Ordered two bags on Monday and still no tracking number…' },
    ],
  },
  {
    id: '2', author: 'Kari Nordmann', time: '35 min',
    text: 'My order #4411 arrived with a broken grinder and the beans smelled of mould. Nobody answers the phone. Really disappointed. I want a refund.',
    comments: [],
  },
];
