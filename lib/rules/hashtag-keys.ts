/** Hashtags compare without `#`, case-insensitively; a plan entry ending in `*` is a prefix. */
export function hashtagKey(tag: string): string {
  return tag.replace(/^[#＃]/, '').normalize('NFC').toLowerCase();
}

export function hashtagMatches(tag: string, planEntry: string): boolean {
  const entry = hashtagKey(planEntry);
  const key = hashtagKey(tag);
  return entry.endsWith('*') ? key.startsWith(entry.slice(0, -1)) : key === entry;
}
