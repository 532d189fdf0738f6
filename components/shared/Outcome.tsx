import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n/t';

export interface OutcomeState {
  kind: 'success' | 'error';
  /** One or more lines; an error names the bad key, column or line. */
  lines: string[];
  /** With an error: what went well in the same action (other files of one import), shown as success. */
  succeeded?: string[];
  /**
   * What went in but needs a look (an import whose figures may count twice or belong to no
   * campaign): said in the status region, but styled apart from the success so it is not read
   * as "all fine" (QA29).
   */
  warnings?: string[];
}

/**
 * The one place a page reports what just happened: success in role="status", failure in
 * role="alert" (SPEC section 6 test hook). Both regions always exist so screen readers
 * announce changes; each shows only its own kind of message, and `children` (what the message
 * offers: Undo, a choice) with it.
 */
export function Outcome({ outcome, children }: { outcome: OutcomeState | null; children?: ComponentChildren }) {
  const success = outcome?.kind === 'success' ? outcome.lines : (outcome?.succeeded ?? []);
  const error = outcome?.kind === 'error' ? outcome.lines : [];
  const warnings = outcome?.warnings ?? [];
  return (
    <div class="bl-outcome">
      <div role="status" class={success.length || warnings.length ? 'bl-outcome-status' : 'bl-live-empty'}>
        {success.length ? (
          <div class="bl-notice bl-notice-success">
            {success.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
            {outcome?.kind === 'success' ? children : null}
          </div>
        ) : null}
        {warnings.length ? (
          <div class="bl-notice bl-notice-warning" data-outcome="warning">
            <p>{t('common_outcome_check')}</p>
            <ul>
              {warnings.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div role="alert" class={error.length ? 'bl-notice bl-notice-error' : 'bl-live-empty'}>
        {error.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
        {outcome?.kind === 'error' ? children : null}
      </div>
    </div>
  );
}
