import rule from './hashtags-required';
import { testRule } from './rule-tester';

testRule(rule, {
  channel: 'instagram',
  plan: { channels: { instagram: { hashtags: { required: ['#NordlysCoffee'] } } } },
  valid: [
    'New beans #NordlysCoffee',
    { name: 'case-insensitive', text: 'new beans #nordlyscoffee' },
    { name: 'entry without #', text: '#NordlysCoffee', plan: { channels: { instagram: { hashtags: { required: ['NordlysCoffee'] } } } } },
    { name: 'prefix entry', text: '#NordlysWinter', plan: { channels: { instagram: { hashtags: { required: ['#Nordlys*'] } } } } },
  ],
  invalid: [
    { text: 'New beans', findings: [{ start: 9, end: 9 }], output: 'New beans #NordlysCoffee' },
    { name: 'a longer tag is another tag', text: 'New #NordlysCoffeeShop\n', findings: [{ start: 23, end: 23 }], output: 'New #NordlysCoffeeShop\n#NordlysCoffee' },
    { name: 'in a URL is not a hashtag', text: 'nordlyscoffee.no/#NordlysCoffee', findings: [{ start: 31, end: 31 }], output: 'nordlyscoffee.no/#NordlysCoffee #NordlysCoffee' },
    {
      name: 'two missing: one fix at a time (fixes never overlap)',
      text: 'Hi',
      plan: { channels: { instagram: { hashtags: { required: ['#NordlysCoffee', 'kaffeglede'] } } } },
      findings: [{ start: 2, end: 2 }, { start: 2, end: 2, message: /#kaffeglede/, nb: /^Mangler #kaffeglede, som planen krever\.$/ }],
      output: 'Hi #NordlysCoffee',
    },
    {
      name: 'no fix when the hashtag would not fit: it would trade a warning for a length error',
      text: `${'a'.repeat(2190)} end`,
      findings: [{ start: 2194, end: 2194, message: /no room to add it: shorten the post or drop another hashtag first/, nb: /^Mangler #NordlysCoffee, som planen krever, og det er ikke plass til den: gjør innlegget kortere eller fjern en annen emneknagg først\.$/ }],
    },
    { name: 'a hashtag that just fits is still fixed', text: 'a'.repeat(2185), findings: [{ start: 2185, end: 2185 }], output: `${'a'.repeat(2185)} #NordlysCoffee` },
    { name: 'no fix past Instagram\'s 5-hashtag cap', text: 'Hi #a #b #c #d #e', findings: [{ start: 17, end: 17, message: /no room/ }] },
    { name: 'a fifth hashtag is still added', text: 'Hi #a #b #c #d', findings: [{ start: 14, end: 14 }], output: 'Hi #a #b #c #d #NordlysCoffee' },
    { name: 'prefix entry has no fix', text: 'Hi', plan: { channels: { instagram: { hashtags: { required: ['#Nordlys*'] } } } }, findings: [{ start: 2, end: 2 }] },
  ],
});

// X: the weighted length (CJK counts 2) and the plan's lower maxLength both leave no room.
testRule(rule, {
  channel: 'x',
  plan: { channels: { x: { maxLength: 100, hashtags: { required: ['#NordlysCoffee'] } } } },
  valid: ['Hi #NordlysCoffee'],
  invalid: [
    { name: "the plan's lower maxLength", text: 'a'.repeat(90), findings: [{ start: 90, end: 90, message: /no room/ }] },
    { name: 'fits under the plan\'s maxLength', text: 'a'.repeat(85), findings: [{ start: 85, end: 85 }], output: `${'a'.repeat(85)} #NordlysCoffee` },
    {
      name: 'weighted: 45 CJK characters are 90',
      text: '咖'.repeat(45),
      plan: { channels: { x: { maxLength: 100, hashtags: { required: ['#NordlysCoffee'] } } } },
      findings: [{ start: 45, end: 45, message: /no room/ }],
    },
  ],
});
