import rule from './terms-spelling';
import { testRule } from './rule-tester';

testRule(rule, {
  plan: { terms: { spelling: [{ term: 'Nordlys Coffee' }, { term: 'Polar Roast' }, { term: 'iPhone' }] } },
  valid: [
    'Nordlys Coffee and Polar Roast.',
    { name: 'possessive', text: "Nordlys Coffee's roastery" },
    { name: 'the domain', text: 'nordlyscoffee.no' },
    { name: 'the hashtag', text: '#NordlysCoffee' },
    { name: 'part of the name alone', text: 'nordlys light' },
    'iPhone',
  ],
  invalid: [
    { text: 'nordlys coffee rocks', findings: [{ start: 0, end: 14, message: /Write "Nordlys Coffee", not "nordlys coffee"/, nb: /^Skriv «Nordlys Coffee», ikke «nordlys coffee»\.$/ }], output: 'Nordlys Coffee rocks' },
    { name: 'all caps', text: 'POLAR ROAST!', findings: [{ start: 0, end: 11 }], output: 'Polar Roast!' },
    { name: 'run together', text: 'I love NordlysCoffee', findings: [{ start: 7, end: 20 }], output: 'I love Nordlys Coffee' },
    { name: 'hyphenated', text: 'nordlys-coffee', findings: [{ start: 0, end: 14 }], output: 'Nordlys Coffee' },
    { name: 'possessive keeps the ’s', text: "nordlys coffee's beans", findings: [{ start: 0, end: 14 }], output: "Nordlys Coffee's beans" },
    { name: 'single word casing', text: 'my IPHONE', findings: [{ start: 3, end: 9 }], output: 'my iPhone' },
  ],
});
