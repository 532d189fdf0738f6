import { t } from '@/components/overlay/text';

/** Long enough to recognise, short enough to hear: a fix may replace a whole link. */
const BRIEF_CHARS = 48;

let graphemes: Intl.Segmenter | undefined;

/** Text for an announcement, cut between characters as a reader sees them (not inside a flag) with "…" when long. */
export function brief(text: string): string {
  // Only the start can be heard: a fix may replace a 60,000-character selection.
  const flat = text.slice(0, BRIEF_CHARS * 8).replace(/\s+/g, ' ').trim();
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const chars = Array.from(graphemes.segment(flat), (piece) => piece.segment);
  return chars.length <= BRIEF_CHARS ? flat : `${chars.slice(0, BRIEF_CHARS - 1).join('').trimEnd()}…`;
}

/**
 * What a screen reader hears once a fix went in: "Replaced “guys” with “everyone”." A fix that only
 * adds or only takes out (UTM tags after a link, a laugh before a sentence whose capital it moves)
 * is said as that, without the text it keeps: both sides of a long link cut to 48 characters read
 * the same, and "Replaced “Haha, g” with “G”" says nothing (rev29).
 */
export function fixWords(was: string, text: string): string {
  let head = 0;
  while (head < was.length && head < text.length && was[head] === text[head]) head++;
  let tail = 0;
  // The kept end may change case: a laugh that opened a sentence hands its capital on.
  while (tail < was.length - head && tail < text.length - head && was[was.length - 1 - tail]!.toLowerCase() === text[text.length - 1 - tail]!.toLowerCase()) tail++;
  const taken = was.slice(head, was.length - tail);
  const put = text.slice(head, text.length - tail);
  if (!taken.trim() && put.trim()) return t('overlay_applied_add', { text: brief(put) });
  if (!put.trim() && taken.trim()) return t('overlay_applied_remove', { was: brief(taken) });
  if (!was.trim()) return t('overlay_applied_add', { text: brief(text) });
  return text.trim() ? t('overlay_applied_replace', { was: brief(was), text: brief(text) }) : t('overlay_applied_remove', { was: brief(was) });
}
