// Where sign-in may send the reader afterwards: a path on this site, nothing else. The URL parser drops
// TAB, CR and LF silently ("/\t/evil.example" would become "//evil.example"), so control characters and
// backslashes are refused before parsing, and the parsed result must still be on this origin.
const BASE = 'http://slens.invalid';
const FORBIDDEN = /[\u0000-\u0020\u007f\\]/;

export const DEFAULT_NEXT = '/workloads';

/** The same-origin path to go to (percent-encoded, safe for a Location header), or undefined when `value` is not one. */
export function sameOriginPath(value: string): string | undefined {
  if (!value.startsWith('/') || value.startsWith('//') || FORBIDDEN.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
