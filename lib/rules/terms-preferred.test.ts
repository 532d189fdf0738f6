import rule from './terms-preferred';
import { testRule } from './rule-tester';

testRule(rule, {
  plan: {
    terms: {
      preferred: [
        { use: 'coffee lovers', insteadOf: ['consumers', 'users'] },
        { use: 'roastery', insteadOf: ['factory', 'production site'] },
        { use: 'Nordlys app', insteadOf: ['app'] },
      ],
      spelling: [{ term: 'Users Club' }],
    },
  },
  valid: [
    'Coffee lovers love the roastery.',
    { name: 'longer word', text: 'superusers' },
    { name: 'in a link', text: 'nordlyscoffee.no/users' },
    { name: "inside the plan's product name (QA22)", text: 'Join the Users Club' },
    { name: 'inside the preferred term itself (rev31 F1)', text: 'Get the Nordlys app today' },
  ],
  invalid: [
    { text: 'Users love it', findings: [{ start: 0, end: 5, message: /Say "Coffee lovers" instead of "Users"/, nb: /^Skriv «Coffee lovers» i stedet for «Users»\.$/ }], output: 'Coffee lovers love it' },
    { name: 'lower case', text: 'our users and consumers', findings: [{ start: 4, end: 9 }, { start: 14, end: 23 }], output: 'our coffee lovers and coffee lovers' },
    { name: 'multi-word with hyphen', text: 'The production-site tour', findings: [{ start: 4, end: 19 }], output: 'The roastery tour' },
    { name: 'a word the preferred term holds: the fix writes the term (rev31 F1)', text: 'Get the app today', findings: [{ start: 8, end: 11, message: /^Say "Nordlys app" instead of "app"\.$/ }], output: 'Get the Nordlys app today' },
    { name: 'curly apostrophe word stays whole', text: 'Factory’s tour', findings: [] },
  ],
});
