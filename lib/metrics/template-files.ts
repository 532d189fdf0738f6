/**
 * Brandline's CSV templates (SPEC §5) as files to fill in: the header row exactly, and one example
 * row that imports as it is, so the date and number forms are shown rather than described. The
 * options page offers them (QA29: it named the templates, but gave no way to get one).
 */
import { CAMPAIGN_RESULTS_COLUMNS, FOLLOWERS_COLUMNS, POSTS_COLUMNS, WEB_SESSIONS_COLUMNS } from './importers/templates';

export interface TemplateFile {
  kind: 'followers' | 'posts' | 'web-sessions' | 'campaign-results';
  fileName: string;
  text: string;
}

const file = (kind: TemplateFile['kind'], columns: readonly string[], example: readonly string[]): TemplateFile => ({
  kind,
  fileName: `brandline-${kind}-template.csv`,
  text: `${columns.join(',')}\n${example.join(',')}\n`,
});

/** `campaign`: a campaign id of the user's plan for the example rows, when there is one. */
export function templateFiles(campaign = 'my-campaign'): TemplateFile[] {
  return [
    file('followers', FOLLOWERS_COLUMNS, ['instagram', '2027-01-31', '10450']),
    file('posts', POSTS_COLUMNS, ['instagram', '18045566778899001', '2027-01-15T18:00:00Z', 'photo', '2400', '1800', '120', '14', '6', '22', '', '', campaign]),
    file('web-sessions', WEB_SESSIONS_COLUMNS, ['2027-01-15', 'instagram', '/winter', '120', '80', '40', '3', '450.50']),
    file('campaign-results', CAMPAIGN_RESULTS_COLUMNS, [campaign, '2027-01-15', '500', '40', '2', '900']),
  ];
}
