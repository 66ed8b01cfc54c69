// Strict UTF-8 decoding for every file slens reads (templates, code beside them, log input): invalid bytes
// throw a TypeError that each reader reports in its own words. One decoder serves all calls, since
// decoding without `stream` keeps no state between them.
const STRICT = new TextDecoder('utf-8', { fatal: true });

/** The text of UTF-8 bytes; throws a TypeError when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
  return STRICT.decode(bytes);
}
