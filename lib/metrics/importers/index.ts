/** Every importer, in the order detection prefers them when two fit a header equally well. */
import { ga4Importer } from './ga4';
import type { Importer } from './importer';
import { metaFacebookImporter } from './meta-facebook';
import { metaInstagramImporter } from './meta-instagram';
import { campaignResultsTemplate, followersTemplate, postsTemplate, webSessionsTemplate } from './templates';
import { xPostsImporter } from './x-posts';

export const IMPORTERS: readonly Importer[] = [
  xPostsImporter,
  metaFacebookImporter,
  metaInstagramImporter,
  ga4Importer,
  followersTemplate,
  postsTemplate,
  webSessionsTemplate,
  campaignResultsTemplate,
];
