import { defineMessages, formatNumber as n } from './messages';
import { defineRule } from './rule';

/**
 * Two decimals, or as many more as it takes for the sentiment shown to be below the floor shown:
 * "stemning −0,20; planen krever minst −0,2" read as if the draft met it (QA39).
 */
export function digitsBelow(sentiment: number, floor: number): number {
  for (let digits = 2; digits < 4; digits++) if (Number(sentiment.toFixed(digits)) < floor) return digits;
  return 4;
}

// Below zero the text reads negative; between zero and a positive floor it only lacks the warmth
// the plan asks for, and calling a neutral text "negative" would be wrong.
const MESSAGES = defineMessages({
  en: {
    negative: (sentiment: number, floor: number) => `Reads negative (sentiment ${n('en', sentiment, digitsBelow(sentiment, floor))}; the plan's floor is ${n('en', floor)}).`,
    cool: (sentiment: number, floor: number) => `Reads cooler than the plan's voice (sentiment ${n('en', sentiment, digitsBelow(sentiment, floor))}; the plan asks for at least ${n('en', floor)}).`,
  },
  nb: {
    negative: (sentiment: number, floor: number) => `Teksten virker negativ (stemning ${n('nb', sentiment, digitsBelow(sentiment, floor))}; planen krever minst ${n('nb', floor)}).`,
    cool: (sentiment: number, floor: number) => `Teksten virker kjøligere enn planens stemme (stemning ${n('nb', sentiment, digitsBelow(sentiment, floor))}; planen ber om minst ${n('nb', floor)}).`,
  },
});

export default defineRule({
  meta: {
    id: 'tone.negative',
    description: "The draft's sentiment is below the plan's minSentiment.",
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'warning',
  },
  check({ text, tone, plan, messageLocale }) {
    // Nothing written has no tone: an empty reply box is not "negative".
    if (text.trim() === '') return [];
    const analysis = tone();
    const floor = plan.identity.voice.minSentiment;
    if (!analysis || !(analysis.sentiment < floor)) return [];
    const say = analysis.sentiment < 0 ? MESSAGES[messageLocale].negative : MESSAGES[messageLocale].cool;
    return [{ message: say(analysis.sentiment, floor) }];
  },
});
