import rule from './crisis-keyword';
import { testRule } from './rule-tester';

testRule(rule, {
  plan: { moderation: { crisisKeywords: ['recall', 'food poisoning', 'tilbakekall*'], escalation: 'Call the comms lead.' } },
  surface: 'comment',
  valid: [
    'Thanks for the kind words!',
    { name: 'word boundary', text: 'We recalled nothing' },
    { name: 'in a URL', text: 'nordlyscoffee.no/recall' },
    { name: 'a hashtag is not a keyword', text: '#recall' },
    { name: 'calm comment answered', text: 'Glad you liked it', replyingTo: 'Love the Polar Roast!' },
  ],
  invalid: [
    { text: 'About the recall: we are on it.', findings: [{ start: 10, end: 16, severity: 'error', message: /Crisis topic "recall"\. Call the comms lead\./, nb: /^Krisetema: «recall»\. Call the comms lead\.$/ }] },
    { name: 'multi-word, post surface', text: 'No Food Poisoning here', surface: 'post', findings: [{ start: 3, end: 17 }] },
    { name: 'Norwegian inflection by wildcard', text: 'Om tilbakekallingen', findings: [{ start: 3, end: 19 }] },
    { name: 'a keyword with symbols, as written', text: 'Not E coli: it was E. coli.', plan: { moderation: { crisisKeywords: ['E. coli'] } }, findings: [{ start: 19, end: 26 }] },
    {
      name: 'in the comment being answered: a finding without range',
      text: 'Sorry to hear that, please DM us.',
      replyingTo: 'I got FOOD POISONING from your beans. Recall them!',
      findings: [{ message: /The comment you are answering mentions a crisis topic \("food poisoning", "recall"\)/, nb: /^Kommentaren du svarer på nevner et krisetema \(«food poisoning», «recall»\)\. Call the comms lead\.$/ }],
    },
    {
      name: 'in both',
      text: 'The recall is voluntary.',
      replyingTo: 'Is there a recall?',
      findings: [{}, { start: 4, end: 10 }],
    },
  ],
});
