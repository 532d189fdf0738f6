import rule from './emoji-max';
import { testRule } from './rule-tester';

testRule(rule, {
  channel: 'x',
  plan: { channels: { x: { emoji: { max: 2 } } } },
  valid: [
    'Two 👍🏽 👨‍👩‍👧',
    { name: 'flags and keycaps count once', text: '🇳🇴 1️⃣' },
    { name: '© and ™ are text', text: 'Nordlys™ © 2027 ☕ 🎉' },
    { name: 'no maximum by default', text: '🎉🎉🎉🎉🎉', plan: {} },
  ],
  invalid: [
    { name: 'skin tone and ZWJ family are one each', text: '👍🏽👨‍👩‍👧🎉', findings: [{ start: 12, end: 14, message: /3 emoji/, nb: /^3 emojier: planen tillater maks 2\.$/ }] },
    { name: 'several over', text: '☕ ☕ ☕ ❤️ 🇳🇴', findings: [{ start: 4, end: 13 }] },
  ],
});
