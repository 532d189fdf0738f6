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

/** What a screen reader hears once a fix went in: "Replaced “guys” with “everyone”." */
export function fixWords(was: string, text: string): string {
  if (!was.trim()) return t('overlay_applied_add', { text: brief(text) });
  return text.trim() ? t('overlay_applied_replace', { was: brief(was), text: brief(text) }) : t('overlay_applied_remove', { was: brief(was) });
}
