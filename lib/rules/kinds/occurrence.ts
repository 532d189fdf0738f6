/**
 * Vale's "occurrence" check: too many of something (hashtags, mentions, emoji). The finding marks
 * everything from the first item over the limit to the last one, so the overlay highlights
 * exactly what would have to go. The message is built only when there is a finding (the check
 * runs on every keystroke; numbers are formatted with Intl).
 */
import type { Span } from '../../engine/segments';
import type { RuleFinding } from '../rule';
import type { Severity } from '../../engine/types';

export function tooMany(items: readonly Span[], max: number, message: () => string, severity?: Severity): RuleFinding[] {
  if (items.length <= max) return [];
  return [{ ...(severity ? { severity } : {}), message: message(), start: items[max]!.start, end: items[items.length - 1]!.end }];
}
