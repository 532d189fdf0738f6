/**
 * What makes two metric records "the same record" (SPEC §5: re-importing a row must not count it
 * twice). One definition serves the importers (a row repeated inside a file), the CLI's merge of
 * several files, and the store's primary keys, so the three can never disagree. Each key is the
 * store's compound primary key, part by part; an absent part is ''.
 */
import type { AccountSnapshot, CampaignResult, PostMetrics, WebSession } from './types';

export const snapshotKey = (s: AccountSnapshot): string[] => [s.channel, s.date];
export const postKey = (p: PostMetrics): string[] => [p.channel, p.postId];
export const sessionKey = (w: WebSession): string[] => [w.date, w.source, w.landingPage ?? '', w.rangeEnd ?? ''];
export const campaignResultKey = (r: CampaignResult): string[] => [r.campaignId, r.date];

/** A key as one Map key; JSON keeps the parts apart whatever they hold, as the store's array keys do. */
export const keyText = (key: readonly string[]): string => JSON.stringify(key);
