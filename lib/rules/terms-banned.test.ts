import rule from './terms-banned';
import { testRule } from './rule-tester';

testRule(rule, {
  plan: {
    terms: {
      banned: [
        { term: 'cheap', reason: 'We sell on quality.', suggest: 'good value' },
        { term: 'best coffee in the world' },
        { term: 'tilbakekall*', suggest: 'oppdatering' },
        { term: 'smørbrød' },
        { term: 'kafé' },
        { term: '💩' },
        { term: 'free' },
        { term: 'guarantee', suggest: 'promise' },
        { term: 'polar roast', reason: 'Discontinued.' },
      ],
      // The plan's own product names: their words are not banned words (QA22).
      spelling: [{ term: 'Free Spirit Blend' }, { term: 'Nordlys Guarantee' }, { term: 'Polar Roast' }],
    },
  },
  valid: [
    'Great value, every day.',
    { name: 'word boundary', text: 'Cheaper? Cheapskate!' },
    { name: 'inside a URL', text: 'https://nordlyscoffee.no/cheap' },
    { name: 'bare domain', text: 'see cheap.no today' },
    { name: 'inside an e-mail', text: 'cheap@nordlyscoffee.no' },
    { name: '@mention', text: '@cheap thanks' },
    { name: 'hashtags belong to hashtags.*', text: '#cheap' },
    { name: 'not across a sentence', text: 'The best coffee in the. World' },
    { name: 'Unicode boundary', text: 'smørbrødene' },
    { name: "inside the plan's product name", text: 'Try our Free Spirit Blend with the Nordlys Guarantee.' },
    { name: 'inside a product name written in another case (terms.spelling fixes that)', text: 'free spirit blend' },
    { name: "inside a product name's possessive", text: "Nordlys Guarantee's terms" },
  ],
  invalid: [
    // Written to look like the word on screen (rev31 F6): the whole word goes, with what hides in it.
    { name: 'full-width letters', text: 'So ｃｈｅａｐ', findings: [{ start: 3, end: 8 }], output: 'So good value' },
    { name: 'a soft hyphen inside', text: 'So che\u00ADap!', findings: [{ start: 3, end: 9 }], output: 'So good value!' },
    { name: 'a zero-width joiner inside', text: 'So che\u200Dap', findings: [{ start: 3, end: 9 }], output: 'So good value' },
    { text: 'So cheap!', findings: [{ start: 3, end: 8, message: /Avoid "cheap"\. We sell on quality\. Say "good value"\./, nb: /^Unngå «cheap»\. We sell on quality\. Skriv «good value»\.$/ }], output: 'So good value!' },
    { name: 'capitalised keeps capital', text: 'Cheap and good', findings: [{ start: 0, end: 5 }], output: 'Good value and good' },
    { name: 'all caps stays caps', text: 'SO CHEAP', findings: [{ start: 3, end: 8 }], output: 'SO GOOD VALUE' },
    { name: 'multi-word, any case, no suggestion', text: 'The Best  Coffee in the WORLD.', findings: [{ start: 4, end: 29 }] },
    { name: 'wildcard suffix (Norwegian inflection)', text: 'Om tilbakekallingen:', findings: [{ start: 3, end: 19 }], output: 'Om oppdatering:' },
    { name: 'Unicode word', text: 'Smørbrød!', findings: [{ start: 0, end: 8 }] },
    { name: 'NFD text still matches', text: 'Ny kafé'.normalize('NFD'), findings: [{ start: 3, end: 8 }] },
    { name: 'emoji term', text: 'Nope 💩 here', findings: [{ start: 5, end: 7 }] },
    { name: 'outside the name it is banned as ever', text: 'Free Spirit Blend, free refills', findings: [{ start: 19, end: 23 }] },
    { name: 'a name that is itself banned stays banned', text: 'Polar Roast is back', findings: [{ start: 0, end: 11, message: /Discontinued/ }] },
    { name: 'a part of the name alone is not the name', text: 'Our guarantee', findings: [{ start: 4, end: 13 }], output: 'Our promise' },
    { name: 'comment surface too', text: 'cheap', surface: 'comment', findings: [{ start: 0, end: 5 }], output: 'good value' },
  ],
});

// Terms with symbols match as written (QA10: `C++` flagged "Vitamin C", `50%` flagged "50 years").
testRule(rule, {
  plan: {
    terms: {
      banned: [
        { term: 'C++' },
        { term: '50%' },
        { term: '100% organic', reason: 'Not certified.', suggest: 'organic' },
        { term: 'no. 1' },
        { term: 'H&M' },
        { term: '(free)' },
      ],
    },
  },
  valid: [
    'Vitamin C and 50 years of roasting.',
    { name: 'the words of a term without its symbols', text: 'Our 100 organic farms. Page no 1. Free H and M.' },
    { name: 'other spacing than the term has', text: 'C ++, no.1, H & M' },
    { name: 'a longer number', text: '150% more' },
  ],
  invalid: [
    { text: 'We code C++ and c++.', findings: [{ start: 8, end: 11, message: /^Avoid "C\+\+"\.$/ }, { start: 16, end: 19 }] },
    { name: 'a percentage', text: 'Save 50%!', findings: [{ start: 5, end: 8 }] },
    { name: 'a percentage written the Norwegian way, with a space', text: 'Spar 50 %!', findings: [{ start: 5, end: 9 }] },
    { name: 'symbols and words, with the fix', text: 'Now 100% Organic.', findings: [{ start: 4, end: 16, message: /^Avoid "100% Organic"\. Not certified\. Say "Organic"\.$/ }], output: 'Now Organic.' },
    { name: 'inner full stop and space', text: 'The No.  1 brand', findings: [{ start: 4, end: 10 }] },
    { name: 'ampersand', text: 'we love h&m', findings: [{ start: 8, end: 11 }] },
    { name: 'brackets', text: 'Samples (FREE)', findings: [{ start: 8, end: 14 }] },
  ],
});

// A plan whose fixes would undo each other offers none (QA23).
testRule(rule, {
  plan: {
    terms: {
      banned: [{ term: 'deal', suggest: 'offer' }, { term: 'offer', suggest: 'deal' }, { term: 'cheap', suggest: 'good value' }],
      preferred: [{ use: 'budget', insteadOf: ['good value'] }],
    },
  },
  valid: ['Our special today.'],
  invalid: [
    { name: 'a suggestion the plan bans', text: 'A great deal', findings: [{ start: 8, end: 12, message: /^Avoid "deal"\. Say "offer"\. No fix: the plan flags "offer" too\.$/, nb: /^Unngå «deal»\. Skriv «offer»\. Ingen retting: planen flagger også «offer»\.$/ }], output: 'A great deal' },
    // "cheap" → "good value" → "budget": a chain that settles offers where it ends (rev27).
    { name: 'a suggestion the plan replaces, once', text: 'So cheap', findings: [{ start: 3, end: 8, message: /^Avoid "cheap"\. Say "good value"\. The plan then asks for "budget": the fix writes that\.$/ }], output: 'So budget' },
  ],
});

// A suggestion that is one of the plan's own product names keeps its fix (rev27).
testRule(rule, {
  plan: { terms: { banned: [{ term: 'free' }, { term: 'house blend', suggest: 'Free Spirit Blend' }], spelling: [{ term: 'Free Spirit Blend' }] } },
  valid: ['Try our Free Spirit Blend.'],
  invalid: [{ text: 'Try our house blend.', findings: [{ start: 8, end: 19, message: /^Avoid "house blend"\. Say "Free Spirit Blend"\.$/ }], output: 'Try our Free Spirit Blend.' }],
});
