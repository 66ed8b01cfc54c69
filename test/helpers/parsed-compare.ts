// Compares two readings of one document (ParsedDocument) node by node: values (numbers with Object.is, key
// order, prototypes), the recorded position of every mapping key and sequence item (and that nothing is
// recorded where the other records nothing), the start, mentionsInclude and the errors. Used by the JSON and YAML
// fast-path tests and their corpus checks (bench/json-fast-check.ts, bench/yaml-fast-check.ts).
import type { ParsedDocument, Pos } from '../../src/iac/yaml.js';

const show = (pos: Pos | undefined): string => (pos === undefined ? 'none' : pos.join(':'));

/** Every difference found (at most `limit`), each naming its path; empty when the readings agree. */
export function parsedDifferences(actual: ParsedDocument, expected: ParsedDocument, limit = 10): string[] {
  const found: string[] = [];
  const note = (path: string, what: string): void => {
    if (found.length < limit) found.push(`${path || '(root)'}: ${what}`);
  };
  const samePos = (a: Pos | undefined, b: Pos | undefined): boolean => show(a) === show(b);

  const walk = (a: unknown, b: unknown, path: string): void => {
    if (found.length >= limit) return;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
      if (!Object.is(a, b)) note(path, `value ${String(a)} (${typeof a}) vs ${String(b)} (${typeof b})`);
      return;
    }
    if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return note(path, 'kind of collection differs');
    const keys = Object.keys(a);
    const otherKeys = Object.keys(b);
    if (keys.join('\u0000') !== otherKeys.join('\u0000')) return note(path, `keys [${keys.join(', ')}] vs [${otherKeys.join(', ')}]`);
    const pa = actual.positions.get(a);
    const pb = expected.positions.get(b);
    if ((pa === undefined) !== (pb === undefined)) note(path, `positions recorded: ${pa !== undefined} vs ${pb !== undefined}`);
    const array = Array.isArray(a);
    // Also ask for entries that do not exist: both must answer none.
    const probes: (string | number)[] = array ? [...keys.map(Number), keys.length, -1, 'length'] : [...keys, '\u0000absent', 0];
    for (const key of probes) {
      const x = pa?.get(key);
      const y = pb?.get(key);
      if (!samePos(x, y)) note(`${path}/${String(key)}`, `position ${show(x)} vs ${show(y)}`);
    }
    for (const key of keys) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}/${key}`);
  };

  walk(actual.value, expected.value, '');
  if (!samePos(actual.start, expected.start)) note('start', `${show(actual.start)} vs ${show(expected.start)}`);
  if (actual.mentionsInclude !== expected.mentionsInclude) note('mentionsInclude', `${actual.mentionsInclude} vs ${expected.mentionsInclude}`);
  const errors = JSON.stringify(actual.errors);
  const otherErrors = JSON.stringify(expected.errors);
  if (errors !== otherErrors) note('errors', `${errors} vs ${otherErrors}`);
  return found;
}

/** The first difference, or undefined when the readings agree. */
export function differenceBetween(actual: ParsedDocument, expected: ParsedDocument): string | undefined {
  return parsedDifferences(actual, expected, 1)[0];
}
