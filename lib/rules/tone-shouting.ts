import type { ToneSpan } from '../tone/types';
import { defineMessages, quote } from './messages';
import { defineRule } from './rule';

const MESSAGES = defineMessages({
  en: {
    capitals: (found: string) => `${quote('en', found)} in capitals reads as shouting.`,
    marks: (found: string) => `${quote('en', found)} reads as shouting.`,
  },
  nb: {
    capitals: (found: string) => `${quote('nb', found)} i store bokstaver oppfattes som roping.`,
    marks: (found: string) => `${quote('nb', found)} oppfattes som roping.`,
  },
});

/**
 * The analyser marks each shouted word and each `!!!` run; "BUY NOW!!! THIS IS HUGE" is one shout
 * to a reader, so spans joined by nothing but spaces, punctuation or other capitals are merged.
 */
export function mergeShouts(spans: readonly ToneSpan[], text: string): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start >= last.end && !/[\p{Ll}\n]/u.test(text.slice(last.end, span.start))) last.end = Math.max(last.end, span.end);
    else if (!last || span.start >= last.end) merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

export default defineRule({
  meta: {
    id: 'tone.shouting',
    description: 'Shouting: runs of three or more !/? or two or more all-caps words (acronyms are fine).',
    surfaces: ['post', 'comment'],
    fixable: false,
    severity: 'warning',
  },
  check({ tone, text, messageLocale }) {
    const analysis = tone();
    if (!analysis) return [];
    const spans = analysis.shouting.filter((s) => s.start >= 0 && s.start < s.end && s.end <= text.length);
    return mergeShouts(spans, text).map(({ start, end }) => {
      const found = text.slice(start, end);
      const say = MESSAGES[messageLocale];
      return { message: /\p{L}/u.test(found) ? say.capitals(found) : say.marks(found), start, end };
    });
  },
});
