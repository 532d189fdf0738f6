import { t, uiLocale } from '@/lib/i18n/t';
import { singleFormKeywords } from '@/lib/plan/keyword-forms';
import { PlanList, PlanRows, PlanText } from './bound-fields';
import { usePlanValue } from './context';

/** What a list's filter box matches in an item: these fields' text (a list's items joined). */
const textOf =
  (...keys: string[]) =>
  (item: unknown): string =>
    item && typeof item === 'object' ? keys.map((k) => [(item as Record<string, unknown>)[k]].flat().join(' ')).join(' ') : '';

/** A pasted line of banned terms: "cheap", or "cheap → good value" (also "->", "=>"). */
export function bannedLine(line: string): Record<string, unknown> | undefined {
  const [term, suggest] = line.split(/\s*(?:→|->|=>)\s*/u, 2).map((part) => part.trim());
  if (!term) return undefined;
  return suggest ? { term, suggest } : { term };
}

/**
 * A pasted line of preferred terms: "cheap, inexpensive → good value" (the words to avoid, then
 * the word to use). A line missing either side still makes an item, which the editor then marks,
 * rather than vanishing from the count without a word.
 */
export function preferredLine(line: string): Record<string, unknown> | undefined {
  const arrow = /\s*(?:→|->|=>)\s*/u;
  if (!arrow.test(line)) return line.trim() ? { use: line.trim(), insteadOf: [] } : undefined;
  const [avoid = '', use = ''] = line.split(arrow, 2).map((part) => part.trim());
  const insteadOf = avoid.split(',').map((word) => word.trim()).filter(Boolean);
  if (!use && !insteadOf.length) return undefined;
  return { use, insteadOf };
}

export function TermsSection() {
  return (
    <>
      <PlanRows
        path={['terms', 'banned']}
        legend={t('options_banned_terms')}
        hint={t('options_banned_terms_hint')}
        itemLabel={(i) => t('options_banned_term_n', { n: i + 1 })}
        addLabel={t('options_add_banned_term')}
        make={() => ({ term: '' })}
        filterText={textOf('term', 'suggest', 'reason')}
        bulk={{ label: t('options_bulk_banned'), hint: t('options_bulk_banned_hint'), item: bannedLine }}
      >
        {(path) => (
          <>
            <PlanText path={[...path, 'term']} label={t('options_f_term')} />
            <PlanText path={[...path, 'suggest']} label={t('options_f_suggest')} optional />
            <PlanText path={[...path, 'reason']} label={t('options_f_reason')} optional />
          </>
        )}
      </PlanRows>
      <PlanRows
        path={['terms', 'preferred']}
        legend={t('options_preferred_terms')}
        itemLabel={(i) => t('options_preferred_term_n', { n: i + 1 })}
        addLabel={t('options_add_preferred_term')}
        make={() => ({ use: '', insteadOf: [] })}
        filterText={textOf('use', 'insteadOf')}
        bulk={{ label: t('options_bulk_preferred'), hint: t('options_bulk_preferred_hint'), item: preferredLine }}
      >
        {(path) => (
          <>
            <PlanText path={[...path, 'use']} label={t('options_f_use')} />
            <PlanList path={[...path, 'insteadOf']} label={t('options_f_instead_of')} />
          </>
        )}
      </PlanRows>
      <PlanRows
        path={['terms', 'spelling']}
        legend={t('options_spelling')}
        hint={t('options_spelling_hint')}
        itemLabel={(i) => t('options_spelling_n', { n: i + 1 })}
        addLabel={t('options_add_spelling')}
        make={() => ({ term: '' })}
        filterText={textOf('term')}
        bulk={{ label: t('options_bulk_spelling'), hint: t('options_bulk_spelling_hint'), item: (line) => ({ term: line }) }}
      >
        {(path) => <PlanText path={[...path, 'term']} label={t('options_f_spelling_term')} />}
      </PlanRows>
    </>
  );
}

export function ModerationSection() {
  // A keyword without * misses the inflected forms ("søksmål" and "søksmålet", "mould" and "mouldy").
  // Joined, so the hint follows the keywords without re-rendering on every other edit.
  const single = usePlanValue((store) => singleFormKeywords(store.raw).join('\n'))
    .split('\n')
    .filter(Boolean);
  const quote = (word: string) => (uiLocale() === 'nb' ? `«${word}»` : `“${word}”`);
  const hint = single.length
    ? `${t('options_f_crisis_keywords_hint')} ${t('options_f_crisis_keywords_single_form', { keywords: single.map(quote).join(', '), first: single[0]! })}`
    : t('options_f_crisis_keywords_hint');
  return (
    <>
      <PlanList path={['moderation', 'crisisKeywords']} label={t('options_f_crisis_keywords')} hint={hint} separator={'\n'} />
      <PlanText path={['moderation', 'escalation']} label={t('options_f_escalation')} multiline optional />
      <PlanRows
        path={['moderation', 'replyTemplates']}
        legend={t('options_reply_templates')}
        itemLabel={(i) => t('options_reply_template_n', { n: i + 1 })}
        addLabel={t('options_add_reply_template')}
        make={() => ({ id: `reply-${Date.now().toString(36)}`, name: '', text: '' })}
        filterText={textOf('name', 'id', 'text')}
      >
        {(path) => (
          <>
            <PlanText path={[...path, 'name']} label={t('options_f_template_name')} />
            <PlanText path={[...path, 'id']} label={t('options_f_item_id')} />
            <PlanText path={[...path, 'text']} label={t('options_f_template_text')} multiline />
          </>
        )}
      </PlanRows>
    </>
  );
}
