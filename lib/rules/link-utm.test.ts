import rule from './link-utm';
import { testRule } from './rule-tester';

const utm = { source: 'facebook', medium: 'social', campaign: 'winter-2027' };
const tagged = 'utm_source=facebook&utm_medium=social&utm_campaign=winter-2027';

testRule(rule, {
  channel: 'facebook',
  plan: { channels: { facebook: { links: { brandDomains: ['nordlyscoffee.no'], utm } } } },
  valid: [
    `https://nordlyscoffee.no/shop?${tagged}`,
    { name: 'other order, other params', text: `nordlyscoffee.no/?a=1&utm_campaign=winter-2027&utm_medium=social&utm_source=facebook#x` },
    { name: 'other domains are not checked', text: 'https://example.com/shop' },
    { name: 'a look-alike domain is not a brand domain', text: 'https://evilnordlyscoffee.no/shop' },
    { name: 'no utm in the plan', text: 'https://nordlyscoffee.no/', plan: { channels: { facebook: { links: { brandDomains: ['nordlyscoffee.no'] } } } } },
    { name: 'an e-mail address is not a link', text: 'hei@nordlyscoffee.no' },
  ],
  invalid: [
    {
      text: 'Shop: https://nordlyscoffee.no/shop',
      findings: [{ start: 6, end: 35, message: /utm_source is missing; utm_medium is missing; utm_campaign is missing/ }],
      output: `Shop: https://nordlyscoffee.no/shop?${tagged}`,
    },
    {
      name: 'sentence punctuation stays outside the URL',
      text: 'Shop (nordlyscoffee.no/shop). Or www.nordlyscoffee.no, or nordlyscoffee.no/a!',
      findings: [{ start: 6, end: 27 }, { start: 33, end: 53 }, { start: 58, end: 76 }],
      output: `Shop (nordlyscoffee.no/shop?${tagged}). Or www.nordlyscoffee.no?${tagged}, or nordlyscoffee.no/a?${tagged}!`,
    },
    {
      name: 'wrong values set in place, missing appended in order, params and fragment kept',
      text: 'https://shop.nordlyscoffee.no/p?utm_medium=email&ref=abc&utm_source=fb#beans',
      findings: [{ start: 0, end: 76, message: /utm_source is "fb", not "facebook"; utm_medium is "email", not "social"; utm_campaign is missing/, nb: /: utm_source er «fb», ikke «facebook»; utm_medium er «email», ikke «social»; utm_campaign mangler\.$/ }],
      output: 'https://shop.nordlyscoffee.no/p?utm_medium=social&ref=abc&utm_source=facebook&utm_campaign=winter-2027#beans',
    },
    {
      name: 'a key repeated with another value is a wrong value; the fix keeps one, the plan\'s',
      text: `https://nordlyscoffee.no/shop?${tagged}&utm_source=newsletter`,
      findings: [{ start: 0, end: 114, message: /utm_source is "newsletter", not "facebook"/ }],
      output: `https://nordlyscoffee.no/shop?${tagged}`,
    },
    {
      name: 'no fix when the tagged link would take in the text typed after it',
      text: 'Shop nordlyscoffee.no/a).@a',
      findings: [{ start: 5, end: 23 }],
    },
    {
      name: 'subdomain, upper-case host',
      text: 'HTTPS://WWW.NordlysCoffee.NO/?',
      findings: [{ start: 0, end: 29 }],
      output: `HTTPS://WWW.NordlysCoffee.NO/?${tagged}?`,
    },
  ],
});
