import rule from './hashtags-min';
import { testRule } from './rule-tester';

testRule(rule, {
  channel: 'instagram',
  plan: { channels: { instagram: { hashtags: { min: 2 } } } },
  valid: [
    'Two: #NordlysCoffee #kaffeglede',
    { name: 'no minimum by default', text: 'No tags', plan: {} },
    { name: 'comments are not checked', text: 'No tags', surface: 'comment' },
  ],
  invalid: [
    { text: 'One: #NordlysCoffee', findings: [{ start: 19, end: 19, message: /1 hashtag: the plan asks for at least 2/, nb: /^1 emneknagg: planen ber om minst 2\.$/ }] },
    { name: 'a hashtag in a URL is no hashtag', text: 'https://nordlyscoffee.no/#a #b', findings: [{ start: 30, end: 30 }] },
    { name: 'empty draft', text: '', findings: [{ start: 0, end: 0 }] },
  ],
});
