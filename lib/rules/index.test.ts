import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGE_LOCALES, RULE_IDS, type ChannelId, type RuleId, type Surface } from '../engine/types';
import { RULES } from './index';
import { makePlan, runRule } from './rule-tester';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here);
const fileOf = (id: string) => id.replace('.', '-');

describe('rule registry', () => {
  it('registers every SPEC rule id exactly once, and nothing else', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s lives in its own file with its own test', (id) => {
    expect(files).toContain(`${fileOf(id)}.ts`);
    expect(files).toContain(`${fileOf(id)}.test.ts`);
  });

  it('has no rule file left out of the registry', () => {
    const ruleFiles = files.filter((f) => /^[a-z]+-[a-z]+\.ts$/.test(f) && !['rule-tester.ts', 'hashtag-keys.ts'].includes(f));
    expect(ruleFiles.sort()).toEqual(RULES.map((r) => `${fileOf(r.meta.id)}.ts`).sort());
  });
});

// One draft that sets off each rule, with the real analyser and a plan written in Norwegian (its
// reasons and escalation are shown as written): every rule must speak every message language.
const denseNb =
  'Gjennomføringen av kvalitetssikringsprosedyrene forutsetter kontinuerlig dokumentasjon av produksjonsprosessene, leverandørenes sertifiseringer og distribusjonskjedens temperaturovervåkning gjennom hele verdikjeden.';
const nbPlan = {
  locale: 'nb',
  identity: { voice: { formality: 'casual' } },
  audiences: [{ id: 'a', name: 'Alle', readingGrade: 8 }],
  terms: {
    banned: [{ term: 'billig', reason: 'Vi selger på kvalitet, ikke pris.', suggest: 'god verdi' }],
    preferred: [{ use: 'kaffeelskere', insteadOf: ['kunder'] }],
    spelling: [{ term: 'Nordlys Kaffe' }],
  },
  moderation: { crisisKeywords: ['tilbakekalling'], escalation: 'Ring kommunikasjonsansvarlig før du svarer.', replyTemplates: [{ id: 'dm', name: 'Beklagelse + DM', text: 'Beklager! Send oss en DM.' }] },
  channels: {
    facebook: {
      hashtags: { min: 2, max: 3, required: ['#kaffeglede'], banned: ['#billigkaffe'] },
      mentions: { max: 1 },
      emoji: { max: 1 },
      cta: { required: true, phrases: ['Kjøp nå', 'Les mer'] },
      links: { required: true, brandDomains: ['nordlys.no'], utm: { source: 'facebook', medium: 'social' } },
    },
  },
};

interface Trigger {
  text: string;
  channel?: ChannelId;
  surface?: Surface;
  replyingTo?: string;
  plan?: Record<string, unknown>;
}

const TRIGGERS: Record<RuleId, Trigger> = {
  'length.max': { text: 'kaffe '.repeat(60), channel: 'x' },
  'hashtags.max': { text: '#a #b #c #d' },
  'hashtags.min': { text: 'Nybrent.' },
  'hashtags.required': { text: 'Nybrent.' },
  'hashtags.banned': { text: 'Nybrent #billigkaffe' },
  'mentions.max': { text: '@anna @per' },
  'emoji.max': { text: 'Nybrent ☕☕' },
  'terms.banned': { text: 'Så billig!' },
  'terms.preferred': { text: 'Kunder elsker den.' },
  'terms.spelling': { text: 'nordlys kaffe' },
  'cta.missing': { text: 'Nybrent.' },
  'link.missing': { text: 'Nybrent.' },
  'link.unclickable': { text: 'Se nordlys.no', channel: 'instagram' },
  'link.utm': { text: 'Se https://nordlys.no/kaffe' },
  'tone.negative': { text: 'Dette er elendig, verste kaffen jeg har smakt.' },
  'tone.hostile': { text: 'Du er en idiot', surface: 'comment' },
  'tone.shouting': { text: 'BUY NOW!!! THIS IS HUGE', plan: { locale: 'en' } },
  'tone.formality': { text: 'Dear valued customer, we hereby inform you that your order has been dispatched. Kind regards.', plan: { locale: 'en' } },
  'crisis.keyword': { text: 'Om tilbakekalling', surface: 'comment' },
  'context.complaint': { text: 'Takk!', surface: 'comment', replyingTo: 'My order is two weeks late. Terrible service!', plan: { locale: 'en' } },
  'readability.grade': { text: denseNb },
};

// Words of the English messages that would show an untranslated one to a Norwegian reader.
const ENGLISH = /\b(the|plan's|is|are|at most|allows|add|avoid|say|write|missing|reads|not|instead|you|link|grade)\b/i;

describe('every rule speaks every message language', () => {
  it('has a trigger for every rule id', () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
    const trigger = TRIGGERS[id];
    const plan = makePlan({ ...nbPlan, ...trigger.plan });
    const options = { plan, channel: trigger.channel ?? 'facebook', surface: trigger.surface ?? 'post', ...(trigger.replyingTo ? { replyingTo: trigger.replyingTo } : {}) } as const;
    const byLocale = MESSAGE_LOCALES.map((messageLocale) => runRule(rule, trigger.text, { ...options, messageLocale }));
    const [english, ...others] = byLocale;
    expect(english!.length).toBeGreaterThan(0);
    for (const findings of byLocale) for (const f of findings) expect(f.message.trim()).not.toBe('');
    for (const findings of others) expect(findings.map((f) => f.message)).not.toEqual(english!.map((f) => f.message));
    const nb = byLocale[MESSAGE_LOCALES.indexOf('nb')]!;
    // Quoted draft text may be English; the message around it may not.
    for (const f of nb) expect(f.message.replace(/«[^»]*»/g, '«»')).not.toMatch(ENGLISH);
  });
});
