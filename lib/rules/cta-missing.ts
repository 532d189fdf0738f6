import { matcherFor } from '../engine/terms';
import { defineMessages, formatList, quote } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: { add: (phrases: readonly string[]) => `Add a call to action: ${phrases.map((p) => quote('en', p)).join(', ')}.` },
  nb: { add: (phrases: readonly string[]) => `Legg til en oppfordring til handling, f.eks. ${formatList('nb', phrases.map((p) => quote('nb', p)), 'disjunction')}.` },
});

export default defineRule({
  meta: {
    id: 'cta.missing',
    description: "The plan requires a call to action and none of its phrases is in the post.",
    surfaces: ['post'],
    fixable: false,
    severity: 'warning',
  },
  check({ rules, segments, text, messageLocale }) {
    const { required, phrases } = rules.cta;
    if (!required || !phrases.length) return [];
    // A phrase's own punctuation at its ends is not required ("Order now!" is there in "Order now.").
    if (matcherFor(phrases, () => phrases, { looseEnds: true }).find(segments.words, text, segments.links, segments.wordIndex).length) return [];
    return [{ message: MESSAGES[messageLocale].add(phrases), start: text.length, end: text.length }];
  },
});
