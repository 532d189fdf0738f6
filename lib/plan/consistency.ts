/**
 * Entries of a valid plan that work against each other (QA22): a fix that builds a text the plan
 * flags again, two entries for one term, a product name the plan also bans. Not errors: the plan
 * works, and a plan edited by several people often holds them for a while. The options page
 * shows them after an import or a save, the CLI's `check` on stderr.
 */
import { editsWithin } from '../engine/edit-distance';
import { Segments } from '../engine/segments';
import type { MessageLocale } from '../engine/types';
import { quote } from '../rules/messages';
import type { RuleFinding } from '../rules/rule';
import termsBanned from '../rules/terms-banned';
import termsPreferred from '../rules/terms-preferred';
import type { Plan } from './types';

export interface PlanNote {
  /** The JSON path of the entry the note is about (`terms.banned[3].suggest`). */
  path: string;
  message: string;
}

const MESSAGES = {
  en: {
    flagged: (what: string, text: string, found: RuleFinding) => `${what} ${quote('en', text)} is flagged by the plan itself: ${found.message}`,
    suggestion: 'the suggestion',
    use: 'the word to use',
    twice: (term: string, first: string) => `${quote('en', term)} is also ${first}; only the first entry is used`,
    bannedName: (term: string, name: string) => `${quote('en', term)} is banned and also a spelling (${name}); the ban wins`,
    noCampaign: (id: string, meant: string | undefined, count: number) =>
      `no campaign of this plan has the id ${quote('en', id)}, so this goal has no data${meant ? ` (did you mean ${quote('en', `budgetPacing.${meant}`)}?)` : count ? '' : ' (the plan lists no campaigns)'}`,
  },
  nb: {
    flagged: (what: string, text: string, found: RuleFinding) => `${what} ${quote('nb', text)} blir selv flagget av planen: ${found.message}`,
    suggestion: 'forslaget',
    use: 'ordet som skal brukes',
    twice: (term: string, first: string) => `${quote('nb', term)} står også i ${first}; bare den første oppføringen brukes`,
    bannedName: (term: string, name: string) => `${quote('nb', term)} er forbudt og står også som skrivemåte (${name}); forbudet gjelder`,
    noCampaign: (id: string, meant: string | undefined, count: number) =>
      `ingen kampanje i planen har id-en ${quote('nb', id)}, så målet får ingen data${meant ? ` (mente du ${quote('nb', `budgetPacing.${meant}`)}?)` : count ? '' : ' (planen har ingen kampanjer)'}`,
  },
} satisfies Record<MessageLocale, unknown>;

const key = (term: string) => term.trim().toLowerCase();

export function planNotes(plan: Plan, locale: MessageLocale = 'en'): PlanNote[] {
  const say = MESSAGES[locale];
  const notes: PlanNote[] = [];
  // The two term rules alone, as checkDraft runs them (they use no tone and no channel rule):
  // without checkDraft, the options page's lazily loaded chunk stays free of the tone lexicons.
  const flagged = (text: string): RuleFinding | undefined => {
    const context = { text, plan, channel: 'x', surface: 'post', rules: plan.channels.x, segments: new Segments(text, 'x'), messageLocale: locale, tone: () => undefined, replyTone: () => undefined } as const;
    return termsBanned.check(context)[0] ?? termsPreferred.check(context)[0];
  };

  plan.terms.banned.forEach((entry, i) => {
    if (entry.suggest === undefined) return;
    const found = flagged(entry.suggest);
    if (found) notes.push({ path: `terms.banned[${i}].suggest`, message: say.flagged(say.suggestion, entry.suggest, found) });
  });
  plan.terms.preferred.forEach((entry, i) => {
    const found = flagged(entry.use);
    if (found) notes.push({ path: `terms.preferred[${i}].use`, message: say.flagged(say.use, entry.use, found) });
  });

  const seen = new Map<string, string>();
  const once = (term: string, path: string) => {
    const first = seen.get(key(term));
    if (first === undefined) seen.set(key(term), path);
    else notes.push({ path, message: say.twice(term, first) });
  };
  plan.terms.banned.forEach((entry, i) => once(entry.term, `terms.banned[${i}]`));
  seen.clear();
  plan.terms.preferred.forEach((entry, i) => entry.insteadOf.forEach((term, k) => once(term, `terms.preferred[${i}].insteadOf[${k}]`)));

  const names = new Map(plan.terms.spelling.map((s, k) => [key(s.term), `terms.spelling[${k}]`]));
  plan.terms.banned.forEach((entry, i) => {
    const name = names.get(key(entry.term));
    if (name !== undefined) notes.push({ path: `terms.banned[${i}]`, message: say.bannedName(entry.term, name) });
  });

  // A pacing goal for a campaign the plan does not list stays "No data" forever: with 25 campaigns
  // and 25 pacing goals, one typo in an id is easy to make and hard to see (QA22). A note, not a
  // plan error: plan@1 files with such a goal (a campaign removed after it ended) were valid, and
  // must keep loading, restoring and passing `brandline check` (rev26).
  const ids = plan.campaigns.map((c) => c.id);
  plan.goals.forEach((goal, i) => {
    if (!goal.kpi.startsWith('budgetPacing.')) return;
    const id = goal.kpi.slice('budgetPacing.'.length);
    if (ids.includes(id)) return;
    const meant = ids
      .map((known) => ({ known, max: Math.max(1, Math.floor(known.length / 3)) }))
      .map(({ known, max }) => ({ known, max, d: editsWithin(id.toLowerCase(), known.toLowerCase(), max) }))
      .filter(({ d, max }) => d <= max)
      .sort((a, b) => a.d - b.d)[0]?.known;
    notes.push({ path: `goals[${i}].kpi`, message: say.noCampaign(id, meant, ids.length) });
  });
  return notes;
}
