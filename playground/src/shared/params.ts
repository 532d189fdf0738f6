/** Page options from the query string: `?theme=dark`, `?lang=nb`, `?feed=heavy`. */
export type Lang = 'en' | 'nb';

export interface PageParams {
  theme: 'light' | 'dark';
  lang: Lang;
  heavy: boolean;
}

export function readParams(search = location.search): PageParams {
  const query = new URLSearchParams(search);
  return {
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
    lang: query.get('lang') === 'nb' ? 'nb' : 'en',
    heavy: query.get('feed') === 'heavy',
  };
}

/** Applies theme and language to <html> the way the sites do (lang attribute, a theme class). */
export function applyParams(params: PageParams): void {
  document.documentElement.lang = params.lang;
  document.documentElement.dataset.theme = params.theme;
  document.documentElement.style.colorScheme = params.theme;
}

/** Picks the label for the page language. */
export function pick<T>(params: PageParams, labels: Record<Lang, T>): T {
  return labels[params.lang];
}
