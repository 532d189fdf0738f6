import type { ChannelId } from '../../engine/types';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';

export const SITE_ADAPTERS: Readonly<Record<ChannelId, SiteAdapter>> = {
  x: xAdapter,
  facebook: facebookAdapter,
  instagram: instagramAdapter,
};
