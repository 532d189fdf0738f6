// Fixed multi-word phrases matched on sentiment tokens (empathy cues, sarcastic thanks, marketing
// formulas): grouped by their first word, so most tokens are answered by one look-up.

/** A phrase index: the phrases (as words) that start with each word. */
export type PhraseStarts = ReadonlyMap<string, readonly (readonly string[])[]>;

/**
 * Groups phrases by their first word. Sentiment tokens drop one-letter words ("a", "å"), so they
 * are dropped here too: "thanks a lot for nothing" matches as "thanks lot for nothing".
 */
export function phraseStarts(phrases: Iterable<string | readonly string[]>): PhraseStarts {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = (typeof phrase === 'string' ? phrase.split(' ') : [...phrase]).filter((w) => w.length > 1);
    if (!words.length) continue;
    const list = map.get(words[0]!) ?? [];
    list.push(words);
    map.set(words[0]!, list);
  }
  return map;
}

/** The length in tokens of the longest phrase of `index` starting at token i inside one clause, or 0. */
export function phraseAt(tokens: readonly { lower: string; breakAfter: boolean }[], i: number, index: PhraseStarts): number {
  // Most tokens start no phrase: answer them before anything is allocated (`?? []` made an
  // empty array per token and per index, several times a token on every keystroke).
  const candidates = index.get(tokens[i]!.lower);
  if (candidates === undefined) return 0;
  let best = 0;
  for (const words of candidates) {
    if (words.length <= best || i + words.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; ok && k < words.length; k++) ok = !tokens[i + k - 1]!.breakAfter && tokens[i + k]!.lower === words[k];
    if (ok) best = words.length;
  }
  return best;
}
