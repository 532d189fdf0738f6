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
    { name: 'plural of a name is no typo', text: 'Two Polar Roasts and the new iPhones' },
    { name: 'a wrong first letter is another word', text: 'Polar Toast on a solar roast' },
    { name: 'two edits in a short name', text: 'Polar Rst' },
    { name: 'one word of the name alone', text: 'Cofee at Nordlys' },
    { name: 'words apart', text: 'Nordlys, Coffee' },
    { name: 'too far off', text: 'Nordli Cofe' },
  ],
  invalid: [
    { text: 'nordlys coffee rocks', findings: [{ start: 0, end: 14, message: /Write "Nordlys Coffee", not "nordlys coffee"/, nb: /^Skriv «Nordlys Coffee», ikke «nordlys coffee»\.$/ }], output: 'Nordlys Coffee rocks' },
    { name: 'all caps', text: 'POLAR ROAST!', findings: [{ start: 0, end: 11 }], output: 'Polar Roast!' },
    { name: 'run together', text: 'I love NordlysCoffee', findings: [{ start: 7, end: 20 }], output: 'I love Nordlys Coffee' },
    { name: 'hyphenated', text: 'nordlys-coffee', findings: [{ start: 0, end: 14 }], output: 'Nordlys Coffee' },
    { name: 'possessive keeps the ’s', text: "nordlys coffee's beans", findings: [{ start: 0, end: 14 }], output: "Nordlys Coffee's beans" },
    { name: 'single word casing', text: 'my IPHONE', findings: [{ start: 3, end: 9 }], output: 'my iPhone' },
    { name: 'typo', text: 'Try Nordly Cofee today', findings: [{ start: 4, end: 16, message: /Write "Nordlys Coffee", not "Nordly Cofee"/, nb: /^Skriv «Nordlys Coffee», ikke «Nordly Cofee»\.$/ }], output: 'Try Nordlys Coffee today' },
    { name: 'swapped letters', text: 'polar raost', findings: [{ start: 0, end: 11 }], output: 'Polar Roast' },
    { name: 'typo run together', text: 'at NordlysCofee', findings: [{ start: 3, end: 15 }], output: 'at Nordlys Coffee' },
    { name: 'typo keeps the possessive', text: "Nordlys Cofee's beans", findings: [{ start: 0, end: 13 }], output: "Nordlys Coffee's beans" },
    { name: 'single-word typo', text: 'new iPhnoe', findings: [{ start: 4, end: 10 }], output: 'new iPhone' },
    { name: 'typo next to a right one', text: 'Nordlys Coffee, Nordlys Coffe', findings: [{ start: 16, end: 29 }], output: 'Nordlys Coffee, Nordlys Coffee' },
    { name: 'casing and typo together', text: 'NORDLYS COFEE', findings: [{ start: 0, end: 13 }], output: 'Nordlys Coffee' },
  ],
});
