import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../engine/check';
import { parsePlan } from '../plan/parse';
import { examplePlan } from './example-plan';

const raw = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('example plans', () => {
  it('are valid plans in their own language', () => {
    expect(examplePlan('en').locale).toBe('en');
    expect(examplePlan('nb').locale).toBe('nb');
    const nb = parsePlan(raw('samples/plan.example.nb.json'));
    expect(nb.ok ? [] : nb.errors).toEqual([]);
  });

  it('describe the same brand: ids, channels, goals, campaigns and links agree', () => {
    const en = examplePlan('en');
    const nb = examplePlan('nb');
    expect(nb.id).toBe(en.id);
    expect(nb.goals).toEqual(en.goals);
    expect(nb.campaigns.map(({ name: _, ...rest }) => rest)).toEqual(en.campaigns.map(({ name: _, ...rest }) => rest));
    expect(nb.audiences.map((a) => [a.id, a.channels])).toEqual(en.audiences.map((a) => [a.id, a.channels]));
    expect(nb.moderation.replyTemplates.map((t) => t.id)).toEqual(en.moderation.replyTemplates.map((t) => t.id));
    for (const channel of ['x', 'facebook', 'instagram'] as const) {
      expect(nb.channels[channel].links).toEqual(en.channels[channel].links);
      expect(nb.channels[channel].hashtags.required).toEqual(en.channels[channel].hashtags.required);
      expect(nb.channels[channel].cta.required).toBe(en.channels[channel].cta.required);
    }
  });

  it('reads ordinary Norwegian as Norwegian: "sin" and "hell" are not negative', () => {
    const text = 'Nordlys Coffee lanserer sin nye vinterblanding i dag. Hver kunde får sin egen pose med hell og lykke! Bestill nå på nordlyscoffee.no/vinter?utm_source=facebook&utm_medium=social&utm_campaign=winter-2027';
    const ids = checkDraft(text, { plan: examplePlan('nb'), channel: 'facebook', surface: 'post' }).map((f) => f.ruleId);
    expect(ids).toEqual([]);
    expect(checkDraft(text, { plan: examplePlan('en'), channel: 'facebook', surface: 'post' }).map((f) => f.ruleId)).toContain('tone.negative');
  });

  it('catch the inflected Norwegian forms of their crisis keywords and banned words', () => {
    const crisis = checkDraft('Hørte at dere har tilbakekalt hele vinterpartiet??', { plan: examplePlan('nb'), channel: 'facebook', surface: 'comment' });
    expect(crisis.map((f) => f.ruleId)).toContain('crisis.keyword');
    const banned = checkDraft('Den billigste og de billige posene', { plan: examplePlan('nb'), channel: 'x', surface: 'post' }).filter((f) => f.ruleId === 'terms.banned');
    expect(banned.map((f) => f.fix?.text)).toEqual([undefined, 'prisgunstige']);
  });
});
