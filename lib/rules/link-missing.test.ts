import rule from './link-missing';
import { testRule } from './rule-tester';

testRule(rule, {
  channel: 'facebook',
  plan: { channels: { facebook: { links: { required: true, brandDomains: ['nordlyscoffee.no'] } } } },
  valid: [
    'Order at https://nordlyscoffee.no/shop',
    { name: 'a bare domain is a link', text: 'Order at nordlyscoffee.no/shop' },
    { name: 'any link satisfies it', text: 'See example.com' },
    { name: 'not required by default', text: 'No link', plan: {} },
  ],
  invalid: [
    { text: 'Order now!', findings: [{ start: 10, end: 10, message: /Add a link \(to nordlyscoffee\.no\)/, nb: /^Legg til en lenke \(til nordlyscoffee\.no\)\.$/ }] },
    { name: 'an e-mail address is not a link', text: 'Mail hei@nordlyscoffee.no', findings: [{ start: 25, end: 25 }] },
  ],
});
