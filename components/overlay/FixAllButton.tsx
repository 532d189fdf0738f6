import type { Finding } from '@/lib/engine/types';
import { t } from './text';
import { keepEditorFocus } from './keep-focus';

interface Props {
  findings: readonly Finding[];
  onFixAll?(): void;
}

/**
 * "Fix all (n)" under the findings when two or more offer a fix (QA20): one click for what would
 * otherwise be n clicks, each still its own undo step. Not a SPEC §6 hook (no data-fix-for), so
 * tests that count the Fix buttons of findings count the same as before.
 */
export function FixAllButton({ findings, onFixAll }: Props) {
  const count = findings.filter((finding) => finding.fix).length;
  if (!onFixAll || count < 2) return null;
  return (
    <p class="fix-all-row">
      <button
        type="button"
        class="fix fix-all"
        data-fix-all={count}
        title={t('overlay_fixAllTitle', { count })}
        // As on Fix: the second click of a double click would fix what the first one's recheck found.
        onMouseDown={keepEditorFocus}
        onClick={(event) => {
          if (event.detail <= 1) onFixAll();
        }}
      >
        {t('overlay_fixAll', { count })}
      </button>
    </p>
  );
}
