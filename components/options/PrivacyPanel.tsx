import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';

/** The privacy statement and "erase all Brandline data", which asks before it acts. */
export function PrivacyPanel({ onErase }: { onErase: () => Promise<void> }) {
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
      {confirming ? (
        <div class="bl-confirm" role="group" aria-labelledby="erase-question">
          <p id="erase-question">
            <strong>{t('options_erase_question')}</strong>
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
