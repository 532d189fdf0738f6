import { t } from '@/lib/i18n/t';

/** The plan lists whose items the editor titles "Banned term 8", and the key of that title. */
const ITEM_LABELS: Record<string, string> = {
  'terms.banned': 'options_banned_term_n',
  'terms.preferred': 'options_preferred_term_n',
  'terms.spelling': 'options_spelling_n',
  'moderation.replyTemplates': 'options_reply_template_n',
  goals: 'options_goal_n',
  campaigns: 'options_campaign_n',
  audiences: 'options_audience_n',
};

const ITEM_PATH = /\b(terms\.banned|terms\.preferred|terms\.spelling|moderation\.replyTemplates|goals|campaigns|audiences)\[(\d+)\]/g;

/**
 * A plan note's JSON paths as the editor titles the cards ("terms.banned[7]" → "Banned term 8"):
 * the page counts from one and names the card, the file counts from zero (QA23). The field after
 * the item (".suggest") stays as written.
 */
export function withItemLabels(text: string, label: (key: string, n: number) => string = (key, n) => t(key, { n })): string {
  return text
    .replace(ITEM_PATH, (_whole, list: string, index: string) => label(ITEM_LABELS[list]!, Number(index) + 1))
    .replace(FIELD_PATH, (_whole, field: string, index: string | undefined) => `, ${index === undefined ? label(FIELD_LABELS[field]!, 0) : label(FIELD_LABELS[field]!, Number(index) + 1)}`);
}

/** The fields a note may name after an item, as the card's labels say them ("word 2", counting from one; rev27). */
const FIELD_LABELS: Record<string, string> = {
  suggest: 'options_note_suggestion',
  use: 'options_note_use',
  kpi: 'options_note_kpi',
  insteadOf: 'options_note_word',
};
const FIELD_PATH = /\.(suggest|use|kpi|insteadOf)(?:\[(\d+)\])?/g;
