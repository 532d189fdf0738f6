import { useEffect, useState } from 'react';

/**
 * The sites are single-page apps: links change the URL with history.pushState and the page
 * re-renders without loading. The playground does the same, so a content script must notice
 * composers that appear after navigation. Query options (theme, lang) are kept across links.
 */
export function usePathname(): [string, (path: string) => void] {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a[href^="/"]') : null;
      if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
      event.preventDefault();
      navigate(anchor.getAttribute('href') ?? '/');
    };
    window.addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return [path, navigate];
}

/** `state` travels in history.state, as X passes the post being answered to /compose/post. */
export function navigate(path: string, state: unknown = null): void {
  const keep = new URLSearchParams(location.search);
  keep.delete('feed');
  keep.delete('compose');
  const query = keep.toString();
  history.pushState(state, '', query ? `${path}?${query}` : path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
