/**
 * Tone is read in NFC. Text pasted from macOS and iOS, and some exports, spell "å" as "a" and a
 * combining ring: the tokenisers split the word there, so "Dette er dårlig" lost its tone and
 * "Slutt å klage" its hostility (rev31 F2), while the term rules, which compare in NFC, still
 * matched. The analysis runs on the NFC text, and its spans are mapped back to the text as given.
 */
import { lastAtOrBefore } from '../text/sorted';

/** Maps offsets of `text.normalize('NFC')` back to `text`; undefined when they are the same text. */
export function nfcOffsets(text: string, nfc: string): ((offset: number, end: boolean) => number) | undefined {
  if (nfc === text) return undefined;
  // Composition stays inside a grapheme cluster: each cluster normalised alone gives the same text.
  const fromNfc: number[] = [0];
  const fromText: number[] = [0];
  let joined = '';
  for (const { segment, index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    joined += segment.normalize('NFC');
    fromNfc.push(joined.length);
    fromText.push(index + segment.length);
  }
  if (joined !== nfc) return undefined;
  return (offset, end) => {
    // The last cluster that starts at or before `offset`.
    const low = lastAtOrBefore(fromNfc, offset);
    if (fromNfc[low] === offset || low === fromNfc.length - 1) return fromText[low]!;
    // Inside a cluster: a span's start takes the whole cluster, its end too.
    return end ? fromText[low + 1]! : fromText[low]!;
  };
}
