import { defineMessages, formatNumber as n } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: { negative: (sentiment: number, floor: number) => `Reads negative (sentiment ${n('en', sentiment, 2)}; the plan's floor is ${n('en', floor)}).` },
  nb: { negative: (sentiment: number, floor: number) => `Teksten virker negativ (stemning ${n('nb', sentiment, 2)}; planen krever minst ${n('nb', floor)}).` },
});

export default defineRule({
  meta: {
    id: 'tone.negative',
    description: "The draft's sentiment is below the plan's minSentiment.",
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'warning',
  },
  check({ tone, plan, messageLocale }) {
    const analysis = tone();
    const floor = plan.identity.voice.minSentiment;
    if (!analysis || !(analysis.sentiment < floor)) return [];
    return [{ message: MESSAGES[messageLocale].negative(analysis.sentiment, floor) }];
  },
});
