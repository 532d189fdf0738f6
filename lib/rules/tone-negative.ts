import { defineRule } from './rule';

export default defineRule({
  meta: {
    id: 'tone.negative',
    description: "The draft's sentiment is below the plan's minSentiment.",
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'warning',
  },
  check({ tone, plan }) {
    const analysis = tone();
    const floor = plan.identity.voice.minSentiment;
    if (!analysis || !(analysis.sentiment < floor)) return [];
    return [{ message: `Reads negative (sentiment ${analysis.sentiment.toFixed(2)}; the plan's floor is ${floor}).` }];
  },
});
