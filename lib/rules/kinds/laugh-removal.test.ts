import { describe, expect, it } from 'vitest';
import { applyFix } from '../../engine/apply-fix';
import { laughterSpans } from '../../tone/laughter';
import { laughRemoval } from './laugh-removal';

/** The text after removing its only laugh. */
function without(text: string): string {
  const spans = laughterSpans(text);
  expect(spans).toHaveLength(1);
  return applyFix(text, laughRemoval(text, spans[0]!.start, spans[0]!.end));
}

describe('laughRemoval', () => {
  it.each([
    ['check your spam folder lol', 'check your spam folder'],
    ['We will look into it, haha.', 'We will look into it.'],
    ['Vi ser på det, haha.', 'Vi ser på det.'],
    ["We'll check. Lol.", "We'll check."],
    ["We'll check. Lol. Thanks for waiting", "We'll check. Thanks for waiting"],
    ["We'll fix it (lol)", "We'll fix it"],
    ["We'll fix it [haha] soon", "We'll fix it soon"],
    ['Haha, we will look into it.', 'We will look into it.'],
    ['haha, we will look into it.', 'we will look into it.'],
    ['Haha, 2 days more.', '2 days more.'],
    ['lol', ''],
    ['lol,\nWe will check.', 'We will check.'],
    ['We will check.\nlol', 'We will check.'],
    ['We will check.\n  lol', 'We will check.'],
    ['a\n  lol\nWe will check.', 'a\nWe will check.'],
    ['Sorry about that.\n\nlol\n\nWe will check.', 'Sorry about that.\n\nWe will check.'],
    ['lol\n\nWe will check.', 'We will check.'],
    ['ok😂 thanks', 'ok thanks'],
    ['ok lol, thanks', 'ok, thanks'],
    ['we lol will', 'we will'],
    ['Sorry 😂😂 🤣\nWe will check.', 'Sorry\nWe will check.'],
    ['ok😂', 'ok'],
    ['ok😂thanks', 'ok thanks'],
    ['So good🤣Come by', 'So good Come by'],
    ['Takk😂𝒶', 'Takk 𝒶'],
    ['ok😂!', 'ok!'],
    ['Beklager! Hehe, vi fikser det.', 'Beklager! Vi fikser det.'],
  ])('%j → %j', (text, expected) => {
    expect(without(text)).toBe(expected);
  });
});
