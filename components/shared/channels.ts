import { CHANNEL_IDS, type ChannelId } from '@/lib/engine/types';
import { t } from '@/lib/i18n/t';

/** Display names of the channels (brand names, the same in every language). */
export const CHANNEL_NAMES: Record<ChannelId, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' };

export const CHANNEL_OPTIONS = CHANNEL_IDS.map((value) => ({ value, label: CHANNEL_NAMES[value] }));

export function channelOptionsWithAll(): { value: ChannelId | 'all'; label: string }[] {
  return [{ value: 'all', label: t('common_channel_all') }, ...CHANNEL_OPTIONS];
}
