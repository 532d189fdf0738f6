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

// Names with symbols match as written (QA10: `AT&T` and `H&M` never matched).
testRule(rule, {
  plan: { terms: { spelling: [{ term: 'AT&T' }, { term: 'H&M' }, { term: "Ben & Jerry's" }] } },
  valid: [
    "Call AT&T today, at H&M and Ben & Jerry's.",
    { name: 'the words without the symbols are other words', text: 'Look at t. H and M. Ben and Jerry' },
    { name: 'possessive', text: "AT&T's network" },
  ],
  invalid: [
    { text: 'Call at&t today', findings: [{ start: 5, end: 9, message: /^Write "AT&T", not "at&t"\.$/, nb: /^Skriv «AT&T», ikke «at&t»\.$/ }], output: 'Call AT&T today' },
    { name: 'another name with &', text: 'we love h&m', findings: [{ start: 8, end: 11 }], output: 'we love H&M' },
    { name: 'casing with spaces around the symbol', text: "ben & jerry's", findings: [{ start: 0, end: 13 }], output: "Ben & Jerry's" },
    { name: 'run together', text: "Ben&Jerry's rocks", findings: [{ start: 0, end: 11 }], output: "Ben & Jerry's rocks" },
    { name: 'a typo in a name with symbols', text: "Ben & Jery's", findings: [{ start: 0, end: 12 }], output: "Ben & Jerry's" },
  ],
});

// Norwegian letters written as a keyboard without them writes them (QA22).
testRule(rule, {
  plan: { terms: { spelling: [{ term: 'Vesterålen Velvet' }, { term: 'Tromsø Dark' }, { term: 'Ålesund Roast' }, { term: 'Bærum Blend' }] } },
  valid: [
    'Vesterålen Velvet, Tromsø Dark, Ålesund Roast and Bærum Blend.',
    { name: 'other words that fold alike are not names', text: 'Vesteraal and Tromsoes' },
  ],
  invalid: [
    { name: 'aa for å', text: 'Try Vesteraalen Velvet', findings: [{ start: 4, end: 22 }], output: 'Try Vesterålen Velvet' },
    { name: 'oe for ø', text: 'Tromsoe Dark is back', findings: [{ start: 0, end: 12 }], output: 'Tromsø Dark is back' },
    { name: 'aa for a first å', text: 'aalesund roast', findings: [{ start: 0, end: 14 }], output: 'Ålesund Roast' },
    { name: 'ae for æ', text: 'Baerum Blend', findings: [{ start: 0, end: 12 }], output: 'Bærum Blend' },
    { name: 'a plain typo after the fold still counts against the budget', text: 'Vesteraalen Velvt', findings: [{ start: 0, end: 17 }], output: 'Vesterålen Velvet' },
  ],
});
