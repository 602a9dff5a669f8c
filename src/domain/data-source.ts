/**
 * Which dataset the page loads: the published one, or another same-origin file named by
 * `?data=/data/2024.json` (before the hash or inside it, like `?lang=`). A link is untrusted
 * input, so only paths on the page's own origin are accepted; everything else is refused with a
 * reason the UI can name. See docs/decisions/002-data-loading.md.
 */

import { parseDwell } from './present-params.ts';

/** Why a `?data=` value was refused. Each has its own message (`source.reason.*`). */
export type DataSourceRefusal =
  | 'empty'
  | 'too-long'
  | 'whitespace'
  | 'backslash'
  | 'protocol-relative'
  | 'scheme'
  | 'other-origin';

export type DataSourceDecision =
  { ok: true; url: string; path: string } | { ok: false; reason: DataSourceRefusal; input: string };

/** The URL parameter that names another dataset. */
export const DATA_PARAM = 'data';

/** Longer than any real path; a limit keeps a crafted link from filling the screen. */
export const MAX_DATA_SOURCE_LENGTH = 512;

// Browsers strip or ignore tabs, newlines and other controls inside URLs (`/\t/evil.example`
// becomes `//evil.example`); refusing every space and control closes that door.
const WHITESPACE_OR_CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Decides whether `input` (a `?data=` value, already URL-decoded) may be fetched from the page at
 * `pageUrl`. Accepts relative paths (`data/2024.json`, `./x.json`, `/data/2024.json`) that resolve
 * to the page's origin; refuses absolute URLs, `//host`, schemes such as `javascript:` or `data:`,
 * backslashes (which browsers read as slashes) and whitespace or control characters.
 */
export function decideDataSource(input: string, pageUrl: string): DataSourceDecision {
  const refuse = (reason: DataSourceRefusal): DataSourceDecision => ({ ok: false, reason, input });
  if (input.length === 0) return refuse('empty');
  if (input.length > MAX_DATA_SOURCE_LENGTH) return refuse('too-long');
  if (WHITESPACE_OR_CONTROL.test(input)) return refuse('whitespace');
  if (input.includes('\\')) return refuse('backslash');
  if (input.startsWith('//')) return refuse('protocol-relative');
  if (SCHEME.test(input)) return refuse('scheme');
  let resolved: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    resolved = new URL(input, page);
  } catch {
    return refuse('other-origin');
  }
  // The checks above should make this impossible; it stays as the rule they serve.
  if (resolved.origin !== page.origin || resolved.protocol !== page.protocol) {
    return refuse('other-origin');
  }
  return { ok: true, url: resolved.href, path: `${resolved.pathname}${resolved.search}` };
}

/**
 * The `?data=` value of a page, from the hash's query (`#/compare?data=x`) or the search
 * (`?data=x#/compare`); the hash wins, as for `?lang=`. Null when there is none.
 */
export function dataParam(search: string, hash: string): string | null {
  const hashQuery = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  return (
    new URLSearchParams(hashQuery).get(DATA_PARAM) ?? new URLSearchParams(search).get(DATA_PARAM)
  );
}

/**
 * Moves page parameters that belong to the whole page (`data`, `refresh`) from the hash's query to
 * the search, so that navigating between views (which rewrites the hash) keeps them. Returns the
 * new URL, or null when nothing moves.
 */
export function hoistHashParams(href: string, names: readonly string[]): string | null {
  const url = new URL(href);
  const queryAt = url.hash.indexOf('?');
  if (queryAt === -1) return null;
  const hashParams = new URLSearchParams(url.hash.slice(queryAt + 1));
  const moving = names.filter((name) => hashParams.has(name));
  if (moving.length === 0) return null;
  for (const name of moving) {
    url.searchParams.set(name, hashParams.get(name) ?? '');
    hashParams.delete(name);
  }
  const rest = hashParams.toString().replaceAll('%2C', ',');
  const path = url.hash.slice(0, queryAt);
  url.hash = rest ? `${path}?${rest}` : path;
  return url.href;
}

/** The page's URL without `?data=` anywhere: the way back to the published data. */
export function withoutDataParam(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(DATA_PARAM);
  const queryAt = url.hash.indexOf('?');
  if (queryAt !== -1) {
    const params = new URLSearchParams(url.hash.slice(queryAt + 1));
    params.delete(DATA_PARAM);
    const rest = params.toString().replaceAll('%2C', ',');
    const path = url.hash.slice(0, queryAt);
    url.hash = rest ? `${path}?${rest}` : path;
  }
  return url.href;
}

/** The presentation's refresh period parameter: `?refresh=5m`, `?refresh=30s`, `?refresh=off`. */
export const REFRESH_PARAM = 'refresh';
/** The meeting-room screen looks for newly published data every five minutes. */
export const DEFAULT_REFRESH_MS = 5 * 60 * 1000;
/** Shorter periods would only load the server; tests use a second. */
export const MIN_REFRESH_MS = 1000;

/**
 * How often the presentation refetches the dataset, in ms, or `false` for `refresh=off`. The value
 * reads like the dwell time (`90`, `30s`, `5m`, `500ms`); anything unreadable gives the default.
 */
export function refreshInterval(search: string, hash: string): number | false {
  const hashQuery = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const text =
    new URLSearchParams(hashQuery).get(REFRESH_PARAM) ??
    new URLSearchParams(search).get(REFRESH_PARAM);
  if (text === null) return DEFAULT_REFRESH_MS;
  if (text === 'off' || text === '0') return false;
  const seconds = parseDwell(text);
  if (seconds === undefined) return DEFAULT_REFRESH_MS;
  return Math.max(MIN_REFRESH_MS, Math.round(seconds * 1000));
}
