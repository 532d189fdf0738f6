/**
 * The records one KPI snapshot depends on, read by range through the keys and indexes instead
 * of whole tables (a cold snapshot over years of data waited ~100 ms in Chromium just to
 * deserialise every row). buildSnapshot over the slice gives exactly what it gives over every
 * record, because the slice holds every record any part of it looks at, in primary-key order
 * (the order of `loadAll`, so sums add up in the same order):
 *  - the first and last follower count and post of each channel, and the first and last campaign
 *    result by date: the data's extent (the default range, `dataRange`) and which channels have
 *    data (`channelsWithData`, `posts` present but 0);
 *  - every web-session row: the extent reaches their `rangeEnd` and `channelsWithData` attributes
 *    every source, neither of which an index answers (GA4 tables are small next to posts);
 *  - follower counts, posts and campaign results dated inside the range and its previous period,
 *    plus each channel's last follower count before them (the `followers` KPI is the latest
 *    count on or before the range's end, however old);
 *  - for each planned campaign, its results from its start to min(range end, its end) and its
 *    first result at all (budget pacing and the campaign table).
 * A table whose dates the range mostly covers is read whole (any extra record is harmless: the
 * snapshot of every record reads it too).
 */
import { CHANNEL_IDS } from '../engine/types';
import { dayOf, inclusiveDays, maxDate, minDate } from '../metrics/dates';
import { previousPeriod, resolveQuery, type SnapshotQuery } from '../metrics/snapshot';
import type { AccountSnapshot, CampaignResult, MetricsData, PostMetrics } from '../metrics/types';
import type { Campaign } from '../plan/types';
import type { BrandlineDb } from './database';
import { fromStoredPost, fromStoredSession } from './metrics-repo';
import { byPrimaryKey, campaignResultKey, postKey, snapshotKey } from './primary-keys';

/** Above every YYYY-MM-DD date: the open end of a "whole channel" key range. */
const AFTER_DATES = '\uffff';

type PlannedCampaign = Pick<Campaign, 'id' | 'start' | 'end'>;

const present = <T>(row: T | undefined): row is T => row !== undefined;

/**
 * True when [from, to] spans at least half of the days between the first and last of `dates`
 * (or there is nothing stored): the whole table is then read by primary key, faster than an
 * index range that returns most of it (each index hit is one more record lookup).
 */
function mostlyCovered(dates: string[], from: string, to: string): boolean {
  if (!dates.length) return true;
  const first = dates.reduce(minDate);
  const last = dates.reduce(maxDate);
  const overlap = inclusiveDays(maxDate(from, first), minDate(to, last));
  return overlap * 2 >= inclusiveDays(first, last);
}

/**
 * The records a snapshot of `q` needs (see above), or undefined when it needs at least half of
 * every table: the caller then reads every record at once (MetricsRepo.loadAll), which is
 * faster than index ranges that return most of them.
 */
export async function readSnapshotSlice(db: BrandlineDb, q: SnapshotQuery, campaigns: readonly PlannedCampaign[]): Promise<MetricsData | undefined> {
  return db.transaction('r', [db.snapshots, db.posts, db.webSessions, db.campaignResults], async () => {
    const snapshotsOf = (channel: AccountSnapshot['channel'], from: string, to: string) => db.snapshots.where('[channel+date]').between([channel, from], [channel, to], true, true);
    const postsOf = (channel: PostMetrics['channel'], from: string, to: string) => db.posts.where('[channel+day]').between([channel, from], [channel, to], true, true);
    const resultsOf = (campaignId: string, from: string, to: string) => db.campaignResults.where('[campaignId+date]').between([campaignId, from], [campaignId, to], true, true);
    const readSessions = () => db.webSessions.toArray().then((rows) => rows.map(fromStoredSession));

    const [snapshotEnds, postEnds, resultEnds, campaignFirsts, earlySessions] = await Promise.all([
      Promise.all(CHANNEL_IDS.flatMap((c) => [snapshotsOf(c, '', AFTER_DATES).first(), snapshotsOf(c, '', AFTER_DATES).last()])),
      Promise.all(CHANNEL_IDS.flatMap((c) => [postsOf(c, '', AFTER_DATES).first(), postsOf(c, '', AFTER_DATES).last()])),
      Promise.all([db.campaignResults.orderBy('date').first(), db.campaignResults.orderBy('date').last()]),
      Promise.all(campaigns.map((c) => resultsOf(c.id, '', AFTER_DATES).first())),
      // Without an end date the range ends with the data, whose extent includes GA4 range ends.
      q.to ? undefined : readSessions(),
    ]);
    const edges = {
      snapshots: snapshotEnds.filter(present),
      posts: postEnds.filter(present).map(fromStoredPost),
      campaignResults: [...resultEnds, ...campaignFirsts].filter(present),
    };

    // The dates buildSnapshot reads: the resolved range and its previous period.
    const query = resolveQuery({ ...edges, sessions: earlySessions ?? [] }, q);
    const previous = previousPeriod(query);
    const dates = [query.from, query.to, previous.from, previous.to].sort();
    const from = dates[0]!;
    const to = dates[3]!;
    const whole = {
      snapshots: mostlyCovered(edges.snapshots.map((s) => s.date), from, to),
      posts: mostlyCovered(edges.posts.map((p) => dayOf(p.publishedAt)), from, to),
      campaignResults: mostlyCovered(resultEnds.filter(present).map((r) => r.date), from, to),
    };
    if (whole.snapshots && whole.posts && whole.campaignResults) return undefined;

    const [snapshots, posts, campaignResults, sessions] = await Promise.all([
      whole.snapshots
        ? db.snapshots.toArray()
        : Promise.all([
            ...CHANNEL_IDS.map((c) => snapshotsOf(c, from, to).toArray()),
            ...CHANNEL_IDS.map(async (c) => [await db.snapshots.where('[channel+date]').between([c, ''], [c, from], true, false).last()].filter(present)),
          ]).then((parts) => byPrimaryKey([...edges.snapshots, ...parts.flat()], snapshotKey)),
      whole.posts
        ? db.posts.toArray().then((rows) => rows.map(fromStoredPost))
        : Promise.all(CHANNEL_IDS.map((c) => postsOf(c, from, to).toArray())).then((parts) =>
            byPrimaryKey([...edges.posts, ...parts.flat().map(fromStoredPost)], postKey),
          ),
      whole.campaignResults
        ? db.campaignResults.toArray()
        : Promise.all([
            db.campaignResults.where('date').between(from, to, true, true).toArray(),
            ...campaigns.map((c) => {
              const until = c.end < query.to ? c.end : query.to;
              return until < c.start ? [] : resultsOf(c.id, c.start, until).toArray();
            }),
          ]).then((parts) => byPrimaryKey<CampaignResult>([...edges.campaignResults, ...parts.flat()], campaignResultKey)),
      earlySessions ?? readSessions(),
    ]);
    return { snapshots, posts, sessions, campaignResults };
  });
}
