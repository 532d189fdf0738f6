import rule from './mentions-max';
import { testRule } from './rule-tester';

const handles = (n: number) => Array.from({ length: n }, (_, i) => `@u${i}`).join(' ');

testRule(rule, {
  channel: 'x',
  plan: { channels: { x: { mentions: { max: 2 } } } },
  valid: [
    '@a and @b',
    { name: 'an e-mail address is no mention', text: '@a @b hello@nordlyscoffee.no' },
    { name: 'Instagram: 20 by default', text: handles(20), channel: 'instagram', plan: {} },
  ],
  invalid: [
    { text: '@a @b @c', findings: [{ start: 6, end: 8, message: /plan allows at most 2/, nb: /^3 @-omtaler: planen tillater maks 2 per innlegg\.$/ }] },
    { name: 'Instagram handles with dots', text: '@nordlys.coffee @a @b', channel: 'instagram', plan: { channels: { instagram: { mentions: { max: 1 } } } }, findings: [{ start: 16, end: 21 }] },
    { name: 'Instagram cap of 20', text: handles(21), channel: 'instagram', plan: {}, findings: [{ start: 90, end: 94, severity: 'error', message: /Instagram allows at most 20/ }] },
  ],
});
