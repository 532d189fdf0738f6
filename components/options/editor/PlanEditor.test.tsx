import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { useDomRoot } from '@/tests/fixtures/dom';
import { PlanEditor, type SaveOutcome } from './PlanEditor';

const EXAMPLE = JSON.parse(readFileSync('samples/plan.example.json', 'utf8')) as { channels: { instagram: { hashtags: Record<string, unknown> } } };

const rootOf = useDomRoot();

function mount(raw: unknown, onSave = vi.fn<() => Promise<SaveOutcome>>(() => Promise.resolve(true)), onInvalid = vi.fn(), locale?: 'en' | 'nb') {
  act(() => {
    render(<PlanEditor storedId="nordlys-coffee" initialRaw={raw} locale={locale} onSave={onSave} onInvalid={onInvalid} />, rootOf());
  });
  return { onSave, onInvalid };
}

const byId = (id: string) => rootOf().querySelector(`#${id}`) as HTMLInputElement | null;

describe('PlanEditor', () => {
  it('shows every field of the plan with its value', () => {
    mount(EXAMPLE);
    expect(byId('plan-name')?.value).toBe('Nordlys Coffee');
    expect(byId('plan-identity-voice-traits')?.value).toBe('warm, confident, curious');
    expect(byId('plan-channels-x-links-utm-campaign')?.value).toBe('winter-2027');
    expect(byId('plan-goals-0-kpi')?.value).toBe('followers');
    expect(byId('plan-terms-banned-0-suggest')?.value).toBe('good value');
    expect(byId('plan-moderation-replyTemplates-1-name')?.value).toBe('Thanks');
    expect(byId('plan-campaigns-0-budget')?.value).toBe('30000');
    expect(rootOf().querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
  });

  it.each([
    { name: 'a wrong type', change: (h: Record<string, unknown>) => (h.max = 'five'), field: 'plan-channels-instagram-hashtags-max', message: /expected a number/ },
    { name: 'over the platform cap', change: (h: Record<string, unknown>) => (h.max = 9), field: 'plan-channels-instagram-hashtags-max', message: /5/ },
    { name: 'a bad hashtag', change: (h: Record<string, unknown>) => (h.required = ['two words']), field: 'plan-channels-instagram-hashtags-required', message: /hashtag/ },
  ])('puts the message for $name next to its field and does not save', ({ change, field, message }) => {
    const raw = structuredClone(EXAMPLE);
    change(raw.channels.instagram.hashtags);
    const { onSave, onInvalid } = mount(raw);
    expect(byId(field)?.getAttribute('aria-invalid')).toBe('true');
    expect(byId(field)?.getAttribute('aria-describedby')).toContain(`${field}-error`);
    expect(byId(`${field}-error`)?.textContent).toMatch(message);
    act(() => {
      rootOf().querySelector('form')?.dispatchEvent(new window.Event('submit', { cancelable: true }) as unknown as Event);
    });
    expect(onSave).not.toHaveBeenCalled();
    // Named as the page names the field (its card, its label), not by the file's path (QA31 M2).
    expect(onInvalid).toHaveBeenCalledWith(expect.arrayContaining([expect.stringMatching(/^Instagram, options_f_hashtags_(max|required): /)]));
  });

  it.each([
    { locale: 'en' as const, field: 'Instagram, options_f_hashtags_max: expected a number, got "five"', next: 'expected a number, got "five"' },
    { locale: 'nb' as const, field: 'Instagram, options_f_hashtags_max: forventet et tall, fikk «five»', next: 'forventet et tall, fikk «five»' },
  ])('words the messages in $locale, next to the field and in the list', ({ locale, field, next }) => {
    const raw = structuredClone(EXAMPLE);
    raw.channels.instagram.hashtags.max = 'five';
    const { onInvalid } = mount(raw, undefined, undefined, locale);
    expect(byId('plan-channels-instagram-hashtags-max-error')?.textContent).toBe(next);
    act(() => {
      rootOf().querySelector('form')?.dispatchEvent(new window.Event('submit', { cancelable: true }) as unknown as Event);
    });
    expect(onInvalid).toHaveBeenCalledWith(expect.arrayContaining([field]));
  });

  it.each([
    { field: 'plan-goals-1-target', typed: '0.045', path: (p: SavedPlan) => p.goals[1]?.target, expected: 0.045 },
    { field: 'plan-identity-voice-minSentiment', typed: '-0.1', path: (p: SavedPlan) => p.identity.voice.minSentiment, expected: -0.1 },
    { field: 'plan-campaigns-0-budget', typed: '1500.05', path: (p: SavedPlan) => p.campaigns[0]?.budget, expected: 1500.05 },
  ])('keeps a number as typed, keystroke by keystroke: $typed in $field', async ({ field, typed, path, expected }) => {
    const { onSave } = mount(EXAMPLE);
    const input = byId(field);
    expect(input).not.toBeNull();
    // As a browser does: each key appends to what the field shows now. A number field cannot read
    // "-" alone yet (badInput, value ""), so that keystroke is not a change.
    act(() => {
      input!.value = '';
      input!.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
    });
    for (const key of typed) {
      const next = input!.value + key;
      act(() => {
        input!.value = next;
        Object.defineProperty(input, 'validity', { value: { badInput: next === '-' }, configurable: true });
        input!.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
      });
      if (next !== '-') expect(input!.value).toBe(next);
    }
    await act(async () => {
      rootOf().querySelector('form')?.dispatchEvent(new window.Event('submit', { cancelable: true }) as unknown as Event);
    });
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(path((onSave.mock.calls as unknown as [SavedPlan][])[0]![0])).toBe(expected);
  });
  it('refuses to save a number field holding text that is no number, or an ambiguous one, and says why', async () => {
    const { onSave, onInvalid } = mount(EXAMPLE);
    const input = byId('plan-campaigns-0-budget')!;
    // "1,500" in an English page is a thousand and a half or fifteen hundred: asked, not guessed.
    for (const next of ['1', '1,', '1,5', '1,50', '1,500']) {
      act(() => {
        input.value = next;
        input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
      });
    }
    await act(async () => {
      rootOf().querySelector('form')?.dispatchEvent(new window.Event('submit', { cancelable: true }) as unknown as Event);
    });
    expect(onSave).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalledWith(expect.arrayContaining(['options_campaign_n, options_f_budget: expected a number, got text that is not a number (write digits, with a point or a comma before decimals: 1500, 0.045; 1,500 could mean either)']));
    expect(byId('plan-campaigns-0-budget-error')?.textContent).toContain('text that is not a number');
  });
});

describe("PlanEditor, the background's problems", () => {
  const submit = () =>
    act(async () => {
      rootOf().querySelector('form')?.dispatchEvent(new window.Event('submit', { cancelable: true }) as unknown as Event);
    });
  const type = (id: string, value: string) =>
    act(() => {
      const input = byId(id)!;
      input.value = value;
      input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
    });

  it('stay at their field, count in a refused save, and go when that field is edited (rev35 L2, L5)', async () => {
    const onSave = vi.fn<() => Promise<SaveOutcome>>(() => Promise.resolve([{ path: 'id', message: 'id: another plan is stored as "nordlys-coffee"' }]));
    const { onInvalid } = mount(EXAMPLE, onSave);
    await submit();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(byId('plan-id')?.getAttribute('aria-invalid')).toBe('true');
    expect(byId('plan-id-error')?.textContent).toBe('another plan is stored as "nordlys-coffee"');
    expect(byId('plan-save-state')?.textContent).toContain('options_problems_one');

    // A problem of the editor's own: the refused save names both, the background's by its field.
    type('plan-campaigns-0-budget', 'lots');
    expect(byId('plan-save-state')?.textContent).toContain('options_problems');
    await submit();
    expect(onSave).toHaveBeenCalledTimes(1);
    const lines = (onInvalid.mock.calls.at(-1) as unknown as [string[]])[0];
    expect(lines[0]).toBe('options_fix_first');
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^options_campaign_n, options_f_budget: /), expect.stringMatching(/options_f_id: another plan is stored as "nordlys-coffee"$/)]));

    // Editing the field ends what the background said about it.
    type('plan-id', 'nordlys-coffee-2');
    expect(byId('plan-id')?.getAttribute('aria-invalid')).not.toBe('true');
    type('plan-campaigns-0-budget', '30000');
    await submit();
    expect(onSave).toHaveBeenCalledTimes(2);
  });
});

describe('PlanEditor, adding rows', () => {
  it('a new goal has no target until one is typed, so it cannot be saved as met', async () => {
    const onSave = vi.fn(() => Promise.resolve(true));
    const onInvalid = vi.fn();
    act(() => {
      render(<PlanEditor storedId="nordlys-coffee" initialRaw={EXAMPLE} onSave={onSave} onInvalid={onInvalid} />, rootOf());
    });
    const add = [...rootOf().querySelectorAll('button')].find((b) => b.textContent === 'options_add_goal')!;
    act(() => {
      add.dispatchEvent(new window.Event('click', { bubbles: true }) as unknown as Event);
    });
    const goals = (EXAMPLE as unknown as { goals: unknown[] }).goals.length;
    expect(byId(`plan-goals-${goals}-target`)?.value).toBe('');
    await act(async () => {
      rootOf().querySelector('form')?.dispatchEvent(new window.Event('submit', { cancelable: true }) as unknown as Event);
    });
    expect(onSave).not.toHaveBeenCalled();
    expect(onInvalid).toHaveBeenCalledWith(expect.arrayContaining([expect.stringMatching(/^options_goal_n, options_f_target: /)]));
  });
});

interface SavedPlan {
  goals: { target?: number }[];
  identity: { voice: { minSentiment?: number } };
  campaigns: { budget?: number }[];
}

describe('PlanEditor, crisis keywords', () => {
  it('warns under the keywords that a keyword without * misses its inflected forms', () => {
    const nb = JSON.parse(readFileSync('samples/plan.example.nb.json', 'utf8')) as { moderation: { crisisKeywords: string[] } };
    const hint = () => byId('plan-moderation-crisisKeywords-hint')?.textContent ?? '';
    mount(nb);
    expect(hint()).toBe('options_f_crisis_keywords_hint');
    render(null, rootOf());
    nb.moderation.crisisKeywords = ['søksmål', 'mugg*'];
    mount(nb);
    expect(hint()).toContain('options_f_crisis_keywords_single_form');
    render(null, rootOf());
    // English inflects too: "recall" misses "recalled" (QA16).
    mount({ ...EXAMPLE, moderation: { crisisKeywords: ['recall'] } });
    expect(hint()).toContain('options_f_crisis_keywords_single_form');
    render(null, rootOf());
    mount({ ...EXAMPLE, moderation: { crisisKeywords: ['recall*', 'food poisoning'] } });
    expect(hint()).toBe('options_f_crisis_keywords_hint');
  });
});

describe('PlanEditor, goal targets (QA18)', () => {
  it('says a rate is a fraction, and what a rate target above 1 will mean before it is saved', () => {
    const hint = (i: number) => byId(`plan-goals-${i}-target-hint`)?.textContent ?? '';
    const goals = (EXAMPLE as unknown as { goals: { kpi: string; target: number }[] }).goals;
    mount({ ...EXAMPLE, goals: goals.map((g) => (g.kpi === 'engagementRate' ? { ...g, target: 4.5 } : g)) });
    // followers and ROAS: no fraction hint (12000 and 3 are what they say).
    expect(hint(0)).toBe('');
    expect(hint(3)).toBe('');
    expect(hint(1)).toContain('options_f_target_rate_high');
    expect(hint(2)).toBe('options_f_target_hint');
  });
});
