/** The playground's Instagram post: the brand's photo and the comments it answers. */
export interface IgComment {
  id: string;
  user: string;
  text: string;
  /** Id of the comment this one answers. */
  replyTo?: string;
}

export const IG_BRAND = 'nordlyscoffee';
export const IG_POST_CODE = 'C9nordlys01';

export const IG_POST = {
  code: IG_POST_CODE,
  user: IG_BRAND,
  caption: 'Polar Roast is back ☕ Dark chocolate, orange peel, a little smoke. Tap to shop, link in bio. #NordlysCoffee #PolarRoast',
  likes: 1284,
  comments: [
    { id: 'c1', user: 'ingrid.berg', text: 'Finally!! Is it in the Bergen café too? 😍' },
    { id: 'c2', user: 'kari_nordmann', text: 'Still waiting for a refund for order #4411. Nobody answers DMs.' },
    { id: 'c3', user: 'ola.hansen', text: 'Vinterbrenningen er nydelig 🔥' },
  ] satisfies IgComment[],
};
