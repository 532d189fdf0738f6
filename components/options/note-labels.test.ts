import { describe, expect, it } from 'vitest';
import { withItemLabels } from './note-labels';

const label = (key: string, n: number) => `${key}#${n}`;

describe('withItemLabels', () => {
  it('names list items as the editor titles their cards, counting from one', () => {
    expect(withItemLabels('terms.banned[7]: "cheap" is also terms.banned[3]; only the first entry is used', label)).toBe(
      'options_banned_term_n#8: "cheap" is also options_banned_term_n#4; only the first entry is used',
    );
    expect(withItemLabels('terms.preferred[0].insteadOf[1]: x', label)).toBe('options_preferred_term_n#1, options_note_word#2: x');
    expect(withItemLabels('goals[5].kpi: no campaign', label)).toBe('options_goal_n#6, options_note_kpi#0: no campaign');
    expect(withItemLabels('terms.banned[0].suggest: the suggestion', label)).toBe('options_banned_term_n#1, options_note_suggestion#0: the suggestion');
    expect(withItemLabels('name: nothing to name', label)).toBe('name: nothing to name');
  });
});
