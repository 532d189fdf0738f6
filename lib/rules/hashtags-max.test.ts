import rule from './hashtags-max';
import { testRule } from './rule-tester';

testRule(rule, {
  channel: 'instagram',
  valid: [
    '#a1 #b #c #d #e',
    { name: 'no plan max on X', text: '#a #b #c #d #e #f #g', channel: 'x' },
    { name: 'within the plan max', text: '#a and #b', channel: 'x', plan: { channels: { x: { hashtags: { max: 2 } } } } },
    { name: 'hashtags inside URLs do not count', text: '#a #b #c #d #e https://nordlyscoffee.no/#f', channel: 'instagram' },
    { name: 'numbers are not hashtags', text: '#a #b #c #d #e #2027' },
  ],
  invalid: [
    { name: 'Instagram cap of 5', text: '#a #b #c #d #e #f #g', findings: [{ start: 15, end: 20, severity: 'error', message: /7 hashtags: Instagram allows at most 5/, nb: /^7 emneknagger: Instagram tillater maks 5 per innlegg\.$/ }] },
    { name: 'plan max on X', text: '#kaffe #smørbrød #NordlysKaffe', channel: 'x', plan: { channels: { x: { hashtags: { max: 2 } } } }, findings: [{ start: 17, end: 30 }] },
    {
      name: 'plan max below the cap, over both',
      text: '#a #b #c #d #e #f',
      plan: { channels: { instagram: { hashtags: { max: 2 } } } },
      findings: [{ start: 6, end: 17, severity: 'error', message: /plan allows at most 2 \(and Instagram 5\)/, nb: /^6 emneknagger: planen tillater maks 2 \(og Instagram 5\)\.$/ }],
    },
  ],
});
