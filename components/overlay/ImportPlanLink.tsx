import { t } from './text';

/**
 * "Import your plan" while the built-in example plan is in use (QA20): opens the options page.
 * Only a real click counts: the site's scripts can reach into the open shadow root and click it.
 */
export function ImportPlanLink({ lead, onOpenOptions }: { lead?: string; onOpenOptions(): void }) {
  return (
    <p class="example">
      {lead && `${lead} `}
      <button type="button" class="link" data-action="open-options" onClick={(event) => event.isTrusted && onOpenOptions()}>
        {t('overlay_import_plan')}
      </button>
    </p>
  );
}
