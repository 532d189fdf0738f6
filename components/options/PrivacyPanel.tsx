import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import { FilePicker } from './FilePicker';

interface Props {
  onErase: () => Promise<void>;
  /** Downloads every plan and metric record as one backup file. */
  onBackup: () => Promise<void>;
  onRestore: (file: File) => void;
}

/**
 * The privacy statement; backing up and restoring everything stored (hand-logged metrics exist
 * nowhere else); and "erase all Brandline data", which asks before it acts and offers a backup.
 */
export function PrivacyPanel({ onErase, onBackup, onRestore }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // The question opens with the focus on Cancel: a second Enter must not erase everything.
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  return (
    <section class="bl-card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('options_privacy_title')}</h2>
      <p>{t('options_privacy_text')}</p>
      <p>{t('options_privacy_text2')}</p>
      <h3>{t('options_backup_title')}</h3>
      <p class="bl-hint" id="backup-hint">
        {t('options_backup_hint')}
      </p>
      <div class="bl-row">
        <button type="button" class="bl-button" data-action="export-backup" aria-describedby="backup-hint" onClick={() => void onBackup()}>
          {t('options_backup')}
        </button>
      </div>
      <div class="bl-field">
        <FilePicker id="restore-backup-file" label={t('options_restore_backup')} action="restore-backup" accept=".json,application/json" onFiles={([file]) => onRestore(file!)} />
      </div>
      <h3>{t('options_erase_title')}</h3>
      {confirming ? (
        <div
          class="bl-confirm"
          role="group"
          aria-labelledby="erase-question"
          // Escape answers "no", as it does in a dialog (QA24).
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || busy) return;
            event.preventDefault();
            setConfirming(false);
            setTimeout(() => startRef.current?.focus());
          }}
        >
          <p id="erase-question">
            <strong>{t('options_erase_question')}</strong>
          </p>
          <p>
            {t('options_erase_backup_first')}{' '}
            <button type="button" class="bl-button bl-button-small" data-action="export-backup-before-erase" onClick={() => void onBackup()}>
              {t('options_backup')}
            </button>
          </p>
          <div class="bl-row">
            <button
              type="button"
              class="bl-button bl-button-danger"
              data-action="confirm-erase"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                await onErase();
                setBusy(false);
                setConfirming(false);
                setTimeout(() => startRef.current?.focus());
              }}
            >
              {t('options_erase_confirm')}
            </button>
            <button
              ref={cancelRef}
              type="button"
              class="bl-button"
              onClick={() => {
                setConfirming(false);
                setTimeout(() => startRef.current?.focus());
              }}
            >
              {t('options_cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={startRef}
          type="button"
          class="bl-button bl-button-danger"
          data-action="erase"
          onClick={() => {
            setConfirming(true);
            setTimeout(() => cancelRef.current?.focus());
          }}
        >
          {t('options_erase')}
        </button>
      )}
    </section>
  );
}
