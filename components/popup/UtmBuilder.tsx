import { useState } from 'preact/hooks';
import type { ChannelId } from '@/lib/engine/types';
import { isBrandUrl, utmProblems, withUtm } from '@/lib/engine/utm';
import { t } from '@/lib/i18n/t';
import type { Plan } from '@/lib/plan/types';
import { CHANNEL_NAMES } from '@/components/shared/channels';
import { TextField } from '@/components/shared/fields';

/** Paste a link, get it tagged with this channel's UTM values from the plan, copy it. */
export function UtmBuilder({ plan, channel, onCopied }: { plan: Plan; channel: ChannelId; onCopied: (ok: boolean) => void }) {
  const [url, setUrl] = useState('');
  const links = plan.channels[channel].links;
  const utm = links.utm ?? {};
  const hasUtm = Object.values(utm).some((v) => v !== undefined && v !== '');
  // A pasted link may hold spaces ("/a b"); a link to share must not, or it breaks where it is pasted.
  // Sentence punctuation copied with it ("…/winter.") is not part of it.
  // A closing bracket ends the link only when the link opened none.
  const pasted = url.trim().replace(/[.,;:!?]+$/u, '');
  const trimmed = (pasted.endsWith(')') && !pasted.includes('(') ? pasted.replace(/\)+$/u, '').replace(/[.,;:!?]+$/u, '') : pasted).replace(/\s/gu, (space) => encodeURIComponent(space));
  // mailto:, tel: and the like are not web pages: campaign tags mean nothing there. (A scheme has no
  // dot, so "nordlyscoffee.no:8080/…" is a host with a port.)
  const web = !/^[a-z][a-z\d+-]*:/iu.test(trimmed) || /^https?:/iu.test(trimmed);
  const tagged = trimmed && hasUtm && web ? withUtm(trimmed, utm) : trimmed;
  const foreign = web && trimmed !== '' && links.brandDomains.length > 0 && !isBrandUrl(trimmed, links.brandDomains);
  // Values the link already had and the tagging changes: said, not done silently.
  const replaced = trimmed && hasUtm && web ? utmProblems(trimmed, utm).filter((p) => p.found !== undefined) : [];

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(tagged);
      onCopied(true);
    } catch {
      onCopied(false);
    }
  };

  return (
    <section class="bl-card" aria-labelledby="utm-heading">
      <h2 id="utm-heading">{t('popup_utm_title')}</h2>
      <TextField id="utm-input" type="url" label={t('popup_utm_input')} value={url} onChange={setUrl} placeholder={links.brandDomains[0] ? `https://${links.brandDomains[0]}/` : 'https://'} />
      {!hasUtm ? <p class="bl-hint">{t('popup_utm_none', { channel: CHANNEL_NAMES[channel] })}</p> : null}
      {foreign ? <p class="bl-hint">{t('popup_utm_foreign', { domains: links.brandDomains.join(', ') })}</p> : null}
      {trimmed && !web ? <p class="bl-hint">{t('popup_utm_not_web')}</p> : null}
      {replaced.length ? (
        <p class="bl-hint" data-utm-replaced>
          {t('popup_utm_replaced', { changes: replaced.map((p) => `${p.key} ${p.found} → ${p.expected}`).join('; ') })}
        </p>
      ) : null}
      <div class="bl-row bl-utm-out">
        <TextField id="utm-output" label={t('popup_utm_output')} value={tagged} onChange={() => undefined} readOnly />
        <button type="button" class="bl-button" data-action="copy-utm" disabled={!tagged} onClick={() => void copy()}>
          {t('popup_copy')}
        </button>
      </div>
    </section>
  );
}
