import { editsWithin } from '../lib/engine/edit-distance';
import type { ChannelId } from '../lib/engine/types';
import { UsageError } from './io';

// What people type for a channel: any case, and the names the metrics templates accept too.
const CHANNEL_ALIASES: Readonly<Record<string, ChannelId>> = { twitter: 'x', fb: 'facebook', ig: 'instagram' };

/** A channel as typed ("X", "twitter", "IG"), or `all` where allowed; refused with the choices otherwise. */
export function channelChoice<T extends ChannelId | 'all'>(option: string, value: string | undefined, allowed: readonly T[]): T {
  const lower = value?.trim().toLowerCase();
  const id = lower === undefined ? undefined : Object.hasOwn(CHANNEL_ALIASES, lower) ? CHANNEL_ALIASES[lower] : lower;
  if (id !== undefined && (allowed as readonly string[]).includes(id)) return id as T;
  throw new UsageError(`${option}: expected ${allowed.join(', ')}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
}

/** " — did you mean --channel?" for an option one or two typos from a known one, else "". */
export function didYouMean(name: string, known: readonly string[]): string {
  // Fewest edits first; on a tie the one that starts like the typed name ("--lan" → "--lang", not "--plan").
  const shared = (k: string) => {
    let i = 0;
    while (i < k.length && k[i] === name[i]) i++;
    return i;
  };
  const best = known.map((k) => [k, editsWithin(name, k, 2), shared(k)] as const).sort((a, b) => a[1] - b[1] || b[2] - a[2])[0];
  return best && best[1] <= 2 ? ` — did you mean ${best[0]}?` : '';
}
