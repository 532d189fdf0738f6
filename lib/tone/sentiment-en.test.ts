import { describe, expect, it } from 'vitest';
import { englishSentiment } from './sentiment-en';
import { sentimentTokens } from './sentiment-tokens';

describe('englishSentiment', () => {
  it.each<[string, 'pos' | 'neg' | 'zero' | 'not negative']>([
    ['I love this coffee', 'pos'],
    ['This coffee is terrible', 'neg'],
    ['The shop opens at nine', 'zero'],
    ['', 'zero'],
    ['Not a good day', 'neg'],
    ['not bad at all', 'pos'],
    ['no fun at all', 'neg'],
    [':)', 'pos'],
    [':(', 'neg'],
    ['D: D:', 'neg'],
    ['😍', 'pos'],
    ['😡', 'neg'],
    ['👍🏽', 'pos'],
    ['soooo goooood', 'pos'],
    ["don't care, don't care", 'neg'],
    // "nothing but" means "only": it negates nothing.
    ['Heard nothing but good things about this place', 'pos'],
    ['Nothing good about it', 'neg'],
    // Apologies and empathy are not negative tone in a reply (SPEC §3).
    ["We're so sorry to hear this", 'zero'],
    ['Sorry for the delay, we are on it', 'zero'],
    ['We apologize for the inconvenience', 'not negative'],
    ['I understand how frustrating this is', 'zero'],
    ['Sorry for the delay, but your complaint is stupid', 'neg'],
    ["Oh no, that's not the experience we want for you. Let's fix this.", 'not negative'],
    ["That sounds really annoying, we're sorry. Check your DMs!", 'not negative'],
    ['We hear you. We should have done better.', 'not negative'],
    ['Hell yeah, Friday coffee!', 'pos'],
    ['Kill it at work today with a double shot.', 'pos'],
    ['Stop by our store and say hi!', 'not negative'],
    // Review 15: empathy cues only with a feeling word, and only to the end of their clause.
    ['That sounds terrible honestly, worst brand ever', 'neg'],
    ['That sounds like a stupid excuse.', 'neg'],
    ['Oh no, my coffee is terrible', 'neg'],
    ['How frustrating! We will sort it out.', 'not negative'],
    ["Your latest update killed it, the app won't even open.", 'neg'],
    ['You killed it!', 'pos'],
    ['You absolutely killed it!', 'pos'],
    ['We killed it at the expo', 'pos'],
    ['How annoying you are.', 'neg'],
    ['That sounds like a frustrating experience, we are on it.', 'not negative'],
    ['What a pain, sorry about that!', 'not negative'],
    // Review 17: empathy after an @handle, a greeting or a line break, before a face or "and".
    ['@kari_b That sounds frustrating, we are on it.', 'not negative'],
    ['Hi Anna\nThat sounds frustrating. DM us your order number.', 'not negative'],
    ['That sounds frustrating 😕 We will fix it.', 'not negative'],
    ['That sounds frustrating and we are sorry.', 'not negative'],
    ['We totally get how frustrating this must be.', 'not negative'],
    ['What an awful experience, sorry!', 'not negative'],
    // … but a judging exclamation that goes on about the customer is no empathy.
    ["That's so annoying that you never read the instructions.", 'neg'],
    ['The update you pushed killed it, nothing loads now.', 'neg'],
    ['Killed it again with this update, nothing works.', 'neg'],
    ['Killed it! 🔥', 'pos'],
    // Review 18: the empathy covers the feeling and its reason, not what follows a face or a link,
    // and "how" needs the thing it is about, not the person.
    ["That's so annoying 🙄 you never read the instructions.", 'neg'],
    ['You know how annoying you are?', 'neg'],
    ['That is frustrating to hear.', 'not negative'],
    ['What a shame that it arrived damaged!', 'not negative'],
    ['Hi Anna Smith that sounds frustrating, we are on it.', 'not negative'],
    ['You are killing it!', 'pos'],
    ['Your team is killing it!', 'pos'],
    ['You two killed it!', 'pos'],
    // Review 19: the empathy goes past numbers and sad faces, and on through a second feeling;
    // a reason that blames the customer is no empathy.
    ['That sounds frustrating that it took 10 days and arrived broken.', 'not negative'],
    ['How frustrating and disappointing that it arrived broken', 'not negative'],
    ['Hi there that sounds frustrating', 'not negative'],
    ["That's a shame that you can't read a label.", 'neg'],
    ['What a pain to deal with customers like you.', 'neg'],
    ['Killed it.', 'pos'],
    ['Killed it 🔥', 'pos'],
    ['Killed it, thank you!', 'pos'],
    ['Killed it, as always!', 'pos'],
    ['Killed it, nothing works!', 'neg'],
    ['You killed it with this update, nothing works.', 'neg'],
    ['You killed it. The app is useless now.', 'neg'],
    ["We should have known you'd complain again.", 'neg'],
    // Review 20: followed by more, a bare "Killed it" is as often what broke.
    ['Killed it. Tastes like cardboard.', 'neg'],
    ["Killed it, the app won't open anymore.", 'neg'],
    ['hi anna that sounds frustrating, we are on it.', 'not negative'],
    ['Ok that sounds frustrating. DM us.', 'not negative'],
    // A phone's curly apostrophe negates like a straight one.
    ['This isn’t good.', 'neg'],
    ['You can’t beat our prices.', 'pos'],
    // Marketing formulas whose words mislead (FORMULAS), and negative words that intensify praise.
    // Surprise and extremes, not negations (QA16); the word after keeps its own sense.
    ["Can't believe how good this is.", 'pos'],
    ["I can't believe how bad this is.", 'neg'],
    ["I don't believe it's fair to charge that much.", 'neg'],
    ["Don't believe the bad reviews, it's great.", 'pos'],
    ['Never had a better cup.', 'pos'],
    ["Couldn't be happier!", 'pos'],
    ["Couldn't be worse.", 'neg'],
    ["It's not better than the old blend.", 'neg'],
    ["The new blend isn't any better.", 'neg'],
    ['Could not be prouder of the team!', 'pos'],
    // Two verbs before the comparative (an endless loop once).
    ["Couldn't have been better.", 'pos'],
    ['It could never have been any worse.', 'neg'],
    ['This cardamom bun is to die for.', 'pos'],
    ['Killer!', 'pos'],
    ['Pairs wickedly well with dark chocolate.', 'pos'],
    // Reassurance and product claims: "no" denies nothing bad.
    ['No need to send anything back.', 'zero'],
    ['No added sugar.', 'zero'],
    ['No hidden fees.', 'zero'],
    ['Swiss water process, no chemicals.', 'zero'],
    ['No need to worry.', 'pos'],
    ['No sleep again tonight.', 'neg'],
    // Sadness after "Oh no," is the brand's sympathy; quality words still count.
    ['Oh no, a cracked mug is the saddest way to start the day 😢 Send us a photo.', 'zero'],
    ['A cracked mug is the saddest way to start the day 😢', 'neg'],
    ['Oh no! Sad to hear that.', 'zero'],
    ['Oh no! The coffee is terrible.', 'neg'],
    ['Nothing beats a fresh cup on a cold morning.', 'pos'],
    ['Hard to beat this price.', 'pos'],
    ["You can't beat our prices.", 'pos'],
    ['Killer deal this weekend only.', 'pos'],
    ['We hate to see you go!', 'zero'],
    ['Crazy good espresso', 'pos'],
    ['Insanely fresh beans', 'pos'],
    ["It doesn't beat the original", 'neg'],
    ['Crazy day, terrible traffic', 'neg'],
    ['That is crazy', 'neg'],
  ])('%j → %s', (text, expected) => {
    const s = englishSentiment(text);
    if (expected === 'pos') expect(s).toBeGreaterThan(0.05);
    else if (expected === 'neg') expect(s).toBeLessThan(-0.05);
    else if (expected === 'not negative') expect(s).toBeGreaterThanOrEqual(0);
    else expect(s).toBe(0);
  });

  it.each([
    ['good', 'very good'],
    ['good', 'so good'],
    ['good', 'GOOD news today'],
    ['good', 'good!!!'],
    ['bad', 'really bad'],
    ['good', 'crazy good'],
  ])('%j is milder than %j', (mild, strong) => {
    expect(Math.abs(englishSentiment(strong))).toBeGreaterThan(Math.abs(englishSentiment(mild)));
  });

  it('weighs what follows "but" more than what precedes it', () => {
    expect(englishSentiment('The coffee is great but the service is bad')).toBeLessThan(0);
    expect(englishSentiment('The service is bad but the coffee is great')).toBeGreaterThan(0);
  });

  it.each([
    ['This coffee is great.', 'Is this coffee great?'],
    ['It works great.', 'If it works great, we will buy it.'],
    ['Great day', '#great day'],
    ['I like it', 'It looks like rain'],
  ])('asserts %j more strongly than %j', (asserted, hedged) => {
    expect(Math.abs(englishSentiment(asserted))).toBeGreaterThan(Math.abs(englishSentiment(hedged)));
  });

  it('reads HTML escapes as the characters they stand for', () => {
    expect(englishSentiment('&lt;3')).toBeGreaterThan(0);
    expect(englishSentiment('Play &gt; Stop &gt; Rewind')).toBe(englishSentiment('Play > Stop > Rewind'));
  });

  it('lets "no" negate only what it governs', () => {
    expect(englishSentiment('no fun')).toBeLessThan(0);
    expect(englishSentiment('no idea lol')).toBeGreaterThan(englishSentiment('no idea'));
  });

  it('stops negation at sentence punctuation', () => {
    expect(englishSentiment('Nope. I was wrong.')).toBeLessThan(0);
  });
});

describe('sentimentTokens', () => {
  it('keeps emoticons whole, trims punctuation, splits out emoji, skips URLs', () => {
    const tokens = sentimentTokens('Great:) coffee!!! 😀👍 https://x.co :-)');
    expect(tokens.map((t) => t.surface)).toEqual(['Great', 'coffee', '😀', '👍', ':-)']);
  });

  it('keeps ZWJ sequences and skin tones in one token', () => {
    expect(sentimentTokens('👨‍👩‍👧 👍🏿').map((t) => t.surface)).toEqual(['👨‍👩‍👧', '👍🏿']);
  });
});
