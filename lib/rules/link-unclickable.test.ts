import rule from './link-unclickable';
import { testRule } from './rule-tester';

testRule(rule, {
  channel: 'instagram',
  valid: [
    'Link in bio!',
    { name: 'X links are clickable', text: 'https://nordlyscoffee.no', channel: 'x' },
    { name: 'Facebook links are clickable', text: 'nordlyscoffee.no', channel: 'facebook' },
    { name: 'comments are not captions', text: 'nordlyscoffee.no', surface: 'comment' },
    { name: 'e-mail', text: 'hei@nordlyscoffee.no' },
  ],
  invalid: [
    { text: 'Shop: https://nordlyscoffee.no/shop.', findings: [{ start: 6, end: 35 }] },
    { name: 'bare domains too', text: 'nordlyscoffee.no and www.example.com', findings: [{ start: 0, end: 16 }, { start: 21, end: 36 }] },
    { name: 'without a plan phrase about the bio, the usual one', text: 'See nordlyscoffee.no', findings: [{ start: 4, end: 20, message: /say "link in bio"\.$/, nb: /skriv «lenke i bio»\.$/ }] },
    {
      name: "the plan's own call to action about the bio, in every language",
      text: 'See nordlyscoffee.no',
      plan: { channels: { instagram: { cta: { phrases: ['Tap to shop', 'Link in bio ☕'] } } } },
      findings: [{ start: 4, end: 20, message: /say "Link in bio ☕"\.$/, nb: /skriv «Link in bio ☕»\.$/ }],
    },
  ],
});
