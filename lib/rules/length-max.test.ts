import rule from './length-max';
import { testRule } from './rule-tester';

const x = (n: number) => 'x'.repeat(n);

testRule(rule, {
  channel: 'x',
  valid: [
    x(280),
    { name: '23 for any URL: 257 + URL', text: `${x(256)} https://nordlyscoffee.no/${x(100)}` },
    { name: 'emoji weigh 2: 140 emoji', text: '😀'.repeat(140) },
    { name: 'CJK weigh 2: 140 characters', text: '咖'.repeat(140) },
    { name: 'Instagram caption of 2,200 code points', text: '😀'.repeat(2200), channel: 'instagram' },
    { name: 'Facebook comment of 8,000', text: x(8000), channel: 'facebook', surface: 'comment' },
    { name: "plan's maxLength binds posts only", text: x(200), surface: 'comment', plan: { channels: { x: { maxLength: 100 } } } },
  ],
  invalid: [
    { text: x(281), findings: [{ start: 280, end: 281 }] },
    { name: '141 emoji', text: '😀'.repeat(141), findings: [{ start: 280, end: 282, message: /^2 characters over X's limit of 280 \(282; on X a link counts as 23, an emoji or a CJK character as 2\)\.$/, nb: /^2 tegn for langt: X tillater 280 \(utkastet har 282; på X teller en lenke som 23, en emoji eller et CJK-tegn som 2\)\.$/ }] },
    { name: 'CJK', text: '咖'.repeat(141), findings: [{ start: 140, end: 141 }] },
    { name: 'decomposed accents after the cut: the overflow from the 281st character, no word of weights (rev31 F3)', text: `${'a'.repeat(285)}${'e\u0301'.repeat(5)}`, findings: [{ start: 280, end: 295, message: /^10 characters over X's limit of 280 \(290\)\.$/ }] },
    { name: "plan's lower limit (X)", text: x(101), plan: { channels: { x: { maxLength: 100 } } }, findings: [{ start: 100, end: 101, message: /the plan's limit of 100/, nb: /^1 tegn for langt: planen tillater 100 \(utkastet har 101\)\.$/ }] },
    { name: "plan's lower limit with URL", text: `ab https://nordlyscoffee.no/abc ${x(80)}`, plan: { channels: { x: { maxLength: 100 } } }, findings: [{ start: 105, end: 112 }] },
    { name: 'Instagram counts code points', text: '😀'.repeat(2201), channel: 'instagram', findings: [{ start: 4400, end: 4402, message: /^1 character over Instagram's limit of 2,200 \(2,201\)\.$/, nb: /^1 tegn for langt: Instagram tillater 2\u00A0200 \(utkastet har 2\u00A0201\)\.$/ }] },
    { name: 'Facebook post', text: x(63_207), channel: 'facebook', findings: [{ start: 63_206, end: 63_207, message: /^1 character over Facebook's limit of 63,206 \(63,207\)\.$/, nb: /^1 tegn for langt: Facebook tillater 63\u00A0206/ }] },
    { name: 'Facebook comment', text: x(8_001), channel: 'facebook', surface: 'comment', findings: [{ start: 8_000, end: 8_001 }] },
    { name: 'Instagram plan limit', text: x(151), channel: 'instagram', plan: { channels: { instagram: { maxLength: 150 } } }, findings: [{ start: 150, end: 151 }] },
  ],
});
