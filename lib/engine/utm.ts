/**
 * UTM tagging of brand links (SPEC section 3, `link.utm`). URLs are edited as text, not through
 * `new URL()`, so that everything the user typed stays byte for byte: a bare domain stays bare,
 * other parameters keep their order and encoding, the `#fragment` stays last.
 */
import type { Utm } from '../plan/types';

export const UTM_KEYS = [
  ['source', 'utm_source'],
  ['medium', 'utm_medium'],
  ['campaign', 'utm_campaign'],
] as const;

interface SplitUrl {
  base: string;
  /** Without the `?`; undefined when the URL has no `?`. */
  query: string | undefined;
  /** With the `#`, or ''. */
  fragment: string;
}

function splitUrl(url: string): SplitUrl {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  return queryAt < 0
    ? { base: beforeHash, query: undefined, fragment }
    : { base: beforeHash.slice(0, queryAt), query: beforeHash.slice(queryAt + 1), fragment };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** Host name of a URL with or without scheme, lower case, without port, credentials or final dot. */
export function urlHost(url: string): string {
  const rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  // A browser ends the authority at "\" as at "/": "https://evil.example\@brand.no" goes to evil.example.
  const authority = rest.split(/[/?#\\]/, 1)[0] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  return host.toLowerCase().replace(/\.$/, '');
}

/**
 * A host name in its ASCII (punycode) form: "blåbær.no" and "xn--blbr-roah.no" are one domain,
 * written either way in a plan, a draft or a link shortener (rev31 F4). ASCII names are as given.
 */
function asciiHost(host: string): string {
  // eslint-disable-next-line no-control-regex -- every ASCII character
  if (/^[\u0000-\u007f]*$/.test(host)) return host;
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return host;
  }
}

/** A brand link: its host is one of the brand domains or a subdomain of one. */
export function isBrandUrl(url: string, brandDomains: readonly string[]): boolean {
  const host = asciiHost(urlHost(url));
  return brandDomains.some((d) => {
    const domain = asciiHost(d.toLowerCase().replace(/\.$/, ''));
    return host === domain || host.endsWith(`.${domain}`);
  });
}

/** The `utm_*` parameters of the plan that the URL lacks or carries with another value. */
export function utmProblems(url: string, utm: Utm): { key: string; expected: string; found?: string }[] {
  // Every value of a key: a repeated key with another value ("…&utm_source=x&utm_source=y") is
  // read differently by different analytics tools, so it counts as a wrong value.
  const params = new Map<string, string[]>();
  for (const pair of (splitUrl(url).query ?? '').split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const values = params.get(key);
    if (values) values.push(value);
    else params.set(key, [value]);
  }
  const problems: { key: string; expected: string; found?: string }[] = [];
  for (const [field, key] of UTM_KEYS) {
    const expected = utm[field];
    if (expected === undefined) continue;
    const values = params.get(key);
    const found = values?.find((value) => value !== expected);
    if (!values) problems.push({ key, expected });
    else if (found !== undefined) problems.push({ key, expected, found });
  }
  return problems;
}

/**
 * The URL with the plan's UTM values: a wrong value is replaced where it stands, missing ones
 * are appended in the order source, medium, campaign; other parameters and the fragment are kept.
 */
export function withUtm(url: string, utm: Utm): string {
  const { base, query, fragment } = splitUrl(url);
  const wanted = new Map<string, string>();
  for (const [field, key] of UTM_KEYS) {
    const value = utm[field];
    if (value !== undefined) wanted.set(key, value);
  }
  const done = new Set<string>();
  const pairs = query === undefined || query === '' ? [] : query.split('&');
  const kept: string[] = [];
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = wanted.get(key);
    if (value === undefined) {
      kept.push(pair);
      continue;
    }
    // A repeated utm key would be ambiguous to analytics: keep only its first occurrence.
    if (done.has(key)) continue;
    done.add(key);
    kept.push(eq >= 0 && decode(pair.slice(eq + 1)) === value ? pair : `${key}=${encodeURIComponent(value)}`);
  }
  const missing = [...wanted].filter(([key]) => !done.has(key));
  if (!missing.length) return query === undefined ? url : `${base}?${kept.join('&')}${fragment}`;
  // Appending after "?a=1&" must not give "a=1&&utm_source=…".
  while (kept.length && kept[kept.length - 1] === '') kept.pop();
  for (const [key, value] of missing) kept.push(`${key}=${encodeURIComponent(value)}`);
  return `${base}?${kept.join('&')}${fragment}`;
}
