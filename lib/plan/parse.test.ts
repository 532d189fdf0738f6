import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanJson } from './parse';

const minimal = { schema: 'brandline/plan@1', id: 'nordlys', name: 'Nordlys' };
const withPatch = (patch: Record<string, unknown>) => ({ ...minimal, ...patch });
const errorsOf = (input: unknown) => {
  const result = parsePlan(input);
  if (result.ok) throw new Error('expected the plan to be rejected');
  return result.errors.map((e) => e.message);
};

describe('parsePlan', () => {
  it('accepts the example plan', () => {
    const result = parsePlanJson(readFileSync(new URL('../../samples/plan.example.json', import.meta.url), 'utf8'));
    expect(result.ok && result.plan.channels.instagram.hashtags.required).toEqual(['#NordlysCoffee']);
  });

  it('fills every default of a minimal plan', () => {
    const result = parsePlan(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { plan } = result;
    expect(plan.locale).toBe('en');
    expect(plan.identity).toEqual({ mission: '', valueProposition: '', voice: { traits: [], formality: 'neutral', minSentiment: -0.05 } });
    expect(plan.terms).toEqual({ banned: [], preferred: [], spelling: [] });
    expect(plan.moderation).toEqual({ crisisKeywords: [], replyTemplates: [], escalation: '' });
    expect([plan.audiences, plan.goals, plan.campaigns]).toEqual([[], [], []]);
    expect(plan.channels.x).toEqual({
      enabled: true,
      maxLength: 280,
      hashtags: { required: [], banned: [] },
      mentions: {},
      emoji: {},
      cta: { required: false, phrases: [] },
      links: { required: false, brandDomains: [] },
    });
    expect(plan.channels.facebook.maxLength).toBe(63_206);
    expect(plan.channels.instagram.maxLength).toBe(2_200);
  });

  it('fills defaults inside a partly written channel', () => {
    const result = parsePlan(withPatch({ channels: { instagram: { hashtags: { max: 3 } } } }));
    expect(result.ok && result.plan.channels.instagram).toMatchObject({ enabled: true, maxLength: 2200, hashtags: { max: 3, required: [], banned: [] } });
  });

  it('allows a $schema hint for editors and drops it', () => {
    const result = parsePlan(withPatch({ $schema: './schema/plan.schema.json' }));
    expect(result.ok && '$schema' in result.plan).toBe(false);
  });

  it.each([
    ['a wrong type, by path', { channels: { instagram: { hashtags: { max: 'five' } } } }, 'channels.instagram.hashtags.max: expected a number, got "five"'],
    ['an unknown key, with the likely one', { channels: { x: { hashtag: {} } } }, 'channels.x.hashtag: unknown key (did you mean "hashtags"?)'],
    ['a swapped-letter typo', { channels: { x: { mentions: { mxa: 2 } } } }, 'channels.x.mentions.mxa: unknown key (did you mean "max"?)'],
    ['an unknown key with nothing close', { terms: { banned: [{ term: 'cheap', colour: 'red' }] } }, 'terms.banned[0].colour: unknown key (allowed here: term, reason, suggest)'],
    ['an unknown top-level key', { goalz: [] }, 'goalz: unknown key (did you mean "goals"?)'],
    ['X maxLength above 280', { channels: { x: { maxLength: 300 } } }, 'channels.x.maxLength: X allows at most 280 weighted characters per post; a plan cannot raise that (got 300)'],
    ['Instagram maxLength above 2,200', { channels: { instagram: { maxLength: 5000 } } }, 'channels.instagram.maxLength: Instagram allows at most 2200 characters per post; a plan cannot raise that (got 5000)'],
    ['Instagram over 5 hashtags', { channels: { instagram: { hashtags: { max: 30 } } } }, 'channels.instagram.hashtags.max: Instagram allows at most 5 hashtags per post; a plan cannot raise that (got 30)'],
    ['Instagram over 20 mentions', { channels: { instagram: { mentions: { max: 21 } } } }, 'channels.instagram.mentions.max: Instagram allows at most 20 @mentions per post; a plan cannot raise that (got 21)'],
    ['a fractional count', { channels: { x: { emoji: { max: 1.5 } } } }, 'channels.x.emoji.max: expected a whole number, got 1.5'],
    ['a negative count', { channels: { x: { emoji: { max: -1 } } } }, 'channels.x.emoji.max: expected at least 0, got -1'],
    ['min above max', { channels: { x: { hashtags: { min: 3, max: 2 } } } }, 'channels.x.hashtags.min: must not be above hashtags.max (2), got 3'],
    ['more required hashtags than allowed', { channels: { instagram: { hashtags: { required: ['#a', '#b', '#c', '#d', '#e', '#f'] } } } }, 'channels.instagram.hashtags.required: lists 6 required hashtags but at most 5 are allowed'],
    ['a required CTA without phrases', { channels: { facebook: { cta: { required: true } } } }, 'channels.facebook.cta.phrases: list at least one phrase when cta.required is true'],
    ['a hashtag with a space', { channels: { x: { hashtags: { banned: ['#cheap coffee'] } } } }, 'channels.x.hashtags.banned[0]: expected one hashtag like "#NordlysCoffee" (no spaces), got "#cheap coffee"'],
    ['a URL as brand domain', { channels: { x: { links: { brandDomains: ['https://nordlyscoffee.no'] } } } }, 'channels.x.links.brandDomains[0]: expected a domain like "nordlyscoffee.no" (no https://, no path), got "https://nordlyscoffee.no"'],
    ['an unknown utm key', { channels: { x: { links: { utm: { source: 'x', term: 'y' } } } } }, 'channels.x.links.utm.term: unknown key (allowed here: source, medium, campaign)'],
    ['an unknown locale', { locale: 'de' }, 'locale: expected one of "en", "nb", got "de"'],
    ['minSentiment out of range', { identity: { voice: { minSentiment: -2 } } }, 'identity.voice.minSentiment: expected at least -1, got -2'],
    ['a formality typo', { identity: { voice: { formality: 'relaxed' } } }, 'identity.voice.formality: expected one of "casual", "neutral", "formal", got "relaxed"'],
    ['a wildcard inside a term', { moderation: { crisisKeywords: ['re*call'] } }, 'moderation.crisisKeywords[0]: a "*" wildcard may only end a term, got "re*call"'],
    ['an empty term', { terms: { spelling: [{ term: '' }] } }, 'terms.spelling[0].term: must not be empty'],
    ['a term of spaces', { terms: { banned: [{ term: '   ' }] } }, 'terms.banned[0].term: expected a word or phrase, not only spaces or "*", got "   "'],
    ['a bare wildcard', { moderation: { crisisKeywords: ['*'] } }, 'moderation.crisisKeywords[0]: expected a word or phrase, not only spaces or "*", got "*"'],
    ['a spelling of spaces', { terms: { spelling: [{ term: ' ' }] } }, 'terms.spelling[0].term: expected a word or phrase, not only spaces or "*", got " "'],
    ['a CTA phrase of spaces', { channels: { x: { cta: { phrases: ['  '] } } } }, 'channels.x.cta.phrases[0]: expected a word or phrase, not only spaces or "*", got "  "'],
    ['an Instagram minimum above the cap', { channels: { instagram: { hashtags: { min: 7 } } } }, 'channels.instagram.hashtags.min: Instagram allows at most 5 hashtags per post, so a higher minimum could never be met (got 7)'],
    ['a suggestion of spaces', { terms: { banned: [{ term: 'cheap', suggest: '  ' }] } }, 'terms.banned[0].suggest: expected some text, not only spaces, got "  "'],
    ['a UTM value of spaces (QA31 L1)', { channels: { x: { links: { utm: { source: ' ' } } } } }, 'channels.x.links.utm.source: expected some text, not only spaces, got " "'],
    ['a preferred word of spaces', { terms: { preferred: [{ use: ' ', insteadOf: ['users'] }] } }, 'terms.preferred[0].use: expected some text, not only spaces, got " "'],
    ['a preferred term without insteadOf', { terms: { preferred: [{ use: 'coffee lovers', insteadOf: [] }] } }, 'terms.preferred[0].insteadOf: list at least one word to replace'],
    ['a bad date', { goals: [{ id: 'g', kpi: 'followers', channel: 'x', target: 1, due: '2027-02-30' }] }, 'goals[0].due: not a calendar date, got "2027-02-30"'],
    ['a date in another format', { goals: [{ id: 'g', kpi: 'followers', channel: 'x', target: 1, due: '30.06.2027' }] }, 'goals[0].due: expected a date written YYYY-MM-DD, got "30.06.2027"'],
    ['an unknown KPI', { goals: [{ id: 'g', kpi: 'likes', channel: 'x', target: 1, due: '2027-06-30' }] }, 'goals[0].kpi: expected a KPI id'],
    ['a goal channel', { goals: [{ id: 'g', kpi: 'roas', channel: 'tiktok', target: 1, due: '2027-06-30' }] }, 'goals[0].channel: expected one of "x", "facebook", "instagram", "all", got "tiktok"'],
    ['an audience channel', { audiences: [{ id: 'a', name: 'A', channels: ['twitter'] }] }, 'audiences[0].channels[0]: expected one of "x", "facebook", "instagram", got "twitter"'],
    ['a campaign ending before it starts', { campaigns: [{ id: 'c', name: 'C', channel: 'x', budget: 1, currency: 'NOK', start: '2027-02-01', end: '2027-01-01' }] }, 'campaigns[0].end: must not be before start (2027-02-01), got "2027-01-01"'],
    ['a currency name', { campaigns: [{ id: 'c', name: 'C', channel: 'x', budget: 1, currency: 'kroner', start: '2027-01-01', end: '2027-01-02' }] }, 'campaigns[0].currency: expected a currency code like "NOK" or "EUR", got "kroner"'],
    ['duplicate ids', { moderation: { replyTemplates: [{ id: 't', name: 'A', text: 'a' }, { id: 't', name: 'B', text: 'b' }] } }, 'moderation.replyTemplates[1].id: another reply template already has the id "t"'],
    ['a missing field', { audiences: [{ id: 'a' }] }, 'audiences[0].name: missing (expected a string)'],
    ['a list where an object belongs', { channels: [] }, 'channels: expected an object, got a list'],
  ])('names %s', (_what, patch, message) => {
    expect(errorsOf(withPatch(patch)).some((m) => m.startsWith(message))).toBe(true);
  });

  it('trims spaces around a UTM value (rev33: " x" became utm_source=%20x)', () => {
    const result = parsePlan(withPatch({ channels: { x: { links: { utm: { source: ' x ' } } } } }));
    expect(result.ok && result.plan.channels.x.links.utm?.source).toBe('x');
  });

  it('says a wrong hashtag maximum once, without comparing the minimum or required tags with it (QA31 L4)', () => {
    expect(errorsOf(withPatch({ channels: { x: { hashtags: { min: 0, max: -1, required: ['#NordlysCoffee'] } } } }))).toEqual(['channels.x.hashtags.max: expected at least 0, got -1']);
    expect(errorsOf(withPatch({ channels: { x: { hashtags: { max: 1.5, required: ['#a', '#b'] } } } }))).toEqual(['channels.x.hashtags.max: expected a whole number, got 1.5']);
  });

  it('requires schema, id and name, and the right version', () => {
    expect(errorsOf({ schema: 'brandline/plan@2' })).toEqual([
      'schema: expected "brandline/plan@1", got "brandline/plan@2"',
      'id: missing (expected a string)',
      'name: missing (expected a string)',
    ]);
  });

  it('rejects what is not an object', () => {
    expect(errorsOf([])).toEqual(['(plan): expected a JSON object, got a list']);
    expect(errorsOf('plan')).toEqual(['(plan): expected a JSON object, got "plan"']);
  });

  it('gives one message for a date in another format, not also "not a calendar date" (QA29)', () => {
    expect(errorsOf(withPatch({ goals: [{ id: 'g', kpi: 'followers', channel: 'x', target: 1, due: '30.06.2027' }] }))).toEqual(['goals[0].due: expected a date written YYYY-MM-DD, got "30.06.2027"']);
  });

  it('reports every problem at once, each with its path', () => {
    const result = parsePlan(withPatch({ locale: 'se', channels: { x: { maxLength: 'long', foo: 1 } } }));
    expect(result.ok ? [] : result.errors.map((e) => e.path).sort()).toEqual(['channels.x.foo', 'channels.x.maxLength', 'locale']);
  });
});

describe('parsePlanJson', () => {
  it.each([
    ['{\n  "schema": "brandline/plan@1",\n  "id": five\n}', 'not valid JSON: unexpected "f" where a value was expected (strings need double quotes) at line 3, column 9'],
    ['{"a": 1,}', 'not valid JSON: a trailing comma before "}" at line 1, column 9'],
    ['{"a": 1\n"b": 2}', 'not valid JSON: expected "," or "}" after a value, found "\\"" at line 2, column 1'],
    ['{"a": "x\n"}', 'not valid JSON: a line break or control character inside a string (missing closing quote?) at line 1, column 9'],
    ["{'a': 1}", 'not valid JSON: expected a key in double quotes, found "\'" at line 1, column 2'],
    ['', 'not valid JSON: the text ends where a value was expected at line 1, column 1'],
    ['{"a": [1, 2}', 'not valid JSON: expected "," or "]" after a value, found "}" at line 1, column 12'],
    ['{} x', 'not valid JSON: unexpected "x" after the end of the JSON value at line 1, column 4'],
  ])('names line and column: %j', (text, message) => {
    const result = parsePlanJson(text);
    expect(result.ok ? [] : result.errors).toEqual([{ path: '', message }]);
  });

  it('names a file nested too deep instead of overflowing the stack (rev23)', () => {
    for (const [text, column] of [['['.repeat(100_000), 513], [`{"a":${'['.repeat(600)}`, 517], [`${'['.repeat(600)}${']'.repeat(599)}`, 513]] as const) {
      const result = parsePlanJson(text);
      expect(result.ok ? [] : result.errors).toEqual([{ path: '', message: `not valid JSON: arrays or objects nested more than 512 deep (is a closing bracket missing?) at line 1, column ${column}` }]);
    }
    // 512 levels are read to their real problem.
    const deep = `${'['.repeat(512)}1${']'.repeat(511)}`;
    expect(parsePlanJson(deep).ok ? '' : (parsePlanJson(deep) as { errors: { message: string }[] }).errors[0]!.message).toContain('found the end of the text at line 1, column 1025');
    expect(parsePlanJson('['.repeat(600), { locale: 'nb' }).ok ? '' : (parsePlanJson('['.repeat(600), { locale: 'nb' }) as { errors: { message: string }[] }).errors[0]!.message).toContain('nøstet mer enn 512 nivåer');
  });

  it('ends each problem of a file with its line (QA22 F8)', () => {
    const text = `\uFEFF{
  "schema": "brandline/plan@1",
  "id": "nordlys",
  "name": "Nordlys",
  "channels": { "instagram": { "hashtags": { "max": "five" } } },
  "terms": {
    "banned": [
      { "term": "cheap" },
      { "term": "deal", "suggestion": "offer" },
      { "reason": "no term" }
    ]
  }
}
`;
    const messages = (locale: 'en' | 'nb') => {
      const result = parsePlanJson(text, { locale });
      return result.ok ? [] : result.errors;
    };
    expect(messages('en')).toEqual([
      { path: 'channels.instagram.hashtags.max', message: 'channels.instagram.hashtags.max: expected a number, got "five" (line 5)' },
      { path: 'terms.banned[1].suggestion', message: 'terms.banned[1].suggestion: unknown key (did you mean "suggest"?) (line 9)' },
      // A missing key is named where the entry that lacks it begins.
      { path: 'terms.banned[2].term', message: 'terms.banned[2].term: missing (expected a string) (line 10)' },
    ]);
    expect(messages('nb').map((e) => e.message.slice(-9))).toEqual(['(linje 5)', '(linje 9)', 'linje 10)']);
    // The same problems in a file of one line carry no line: every one would be "line 1".
    const oneLine = parsePlanJson(JSON.stringify(JSON.parse(text.slice(1))));
    expect(oneLine.ok ? [] : oneLine.errors.map((e) => /\(line \d+\)$/.test(e.message))).toEqual([false, false, false]);
    // The whole file's problems name no line.
    const missing = parsePlanJson('{\n  "schema": "brandline/plan@1",\n  "id": "x"\n}\n');
    expect(missing.ok ? [] : missing.errors.map((e) => e.message)).toEqual(['name: missing (expected a string)']);
  });

  it('ignores a byte-order mark', () => {
    expect(parsePlanJson(`\uFEFF${JSON.stringify(minimal)}`).ok).toBe(true);
  });
});

describe('one message per problem', () => {
  it.each([['**'], ['re*call*'], ['a * b']])('a misplaced wildcard in %j is named once, as a wildcard', (term) => {
    const result = parsePlan({ schema: 'brandline/plan@1', id: 'p', name: 'P', moderation: { crisisKeywords: [term] } });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([expect.stringContaining('a "*" wildcard may only end a term')]);
  });

  // Spaces around a term are trimmed: " * " is a bare "*" with spaces, and "cheap* " a prefix (QA22).
  it.each([[' * '], ['  *  ']])('%j is named once, as blank', (term) => {
    const result = parsePlan({ schema: 'brandline/plan@1', id: 'p', name: 'P', moderation: { crisisKeywords: [term] } });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([expect.stringContaining('not only spaces or "*"')]);
  });

  it('takes a prefix term with a space after its "*"', () => {
    const result = parsePlan({ schema: 'brandline/plan@1', id: 'p', name: 'P', moderation: { crisisKeywords: ['recall* '] } });
    expect(result.ok && result.plan.moderation.crisisKeywords).toEqual(['recall*']);
  });
});
