// Compares two ParsedDocuments as the fast YAML reader promises: the same value (key order, number types, -0),
// the same positions for every key and item of every mapping and sequence, the same start, errors and
// mentionsInclude. Returns where they first differ, or undefined.
import type { ParsedDocument } from '../../src/iac/yaml.js';

export function differenceBetween(a: ParsedDocument, b: ParsedDocument): string | undefined {
  if (JSON.stringify(a.start) !== JSON.stringify(b.start)) return `start ${JSON.stringify(a.start)} vs ${JSON.stringify(b.start)}`;
  if (a.mentionsInclude !== b.mentionsInclude) return `mentionsInclude ${a.mentionsInclude} vs ${b.mentionsInclude}`;
  if (JSON.stringify(a.errors) !== JSON.stringify(b.errors)) return `errors ${JSON.stringify(a.errors)} vs ${JSON.stringify(b.errors)}`;
  return valueDifference(a, b, a.value, b.value, '$');
}

function valueDifference(a: ParsedDocument, b: ParsedDocument, x: unknown, y: unknown, path: string): string | undefined {
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') {
    return Object.is(x, y) ? undefined : `${path}: ${describe(x)} vs ${describe(y)}`;
  }
  if (Array.isArray(x) !== Array.isArray(y)) return `${path}: array vs mapping`;
  if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return `${path}: prototypes differ`;
  const keysX = Object.keys(x);
  const keysY = Object.keys(y);
  if (keysX.join('\u0000') !== keysY.join('\u0000')) return `${path}: keys ${JSON.stringify(keysX)} vs ${JSON.stringify(keysY)}`;
  const px = a.positions.get(x);
  const py = b.positions.get(y);
  if ((px === undefined) !== (py === undefined)) return `${path}: positions ${px ? 'recorded' : 'missing'} vs ${py ? 'recorded' : 'missing'}`;
  for (const key of keysX) {
    const step: string | number = Array.isArray(x) ? Number(key) : key;
    const where = `${path}[${JSON.stringify(step)}]`;
    const qx = px?.get(step);
    const qy = py?.get(step);
    if (JSON.stringify(qx) !== JSON.stringify(qy)) return `${where}: position ${JSON.stringify(qx)} vs ${JSON.stringify(qy)}`;
    const inner = valueDifference(a, b, (x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key], where);
    if (inner) return inner;
  }
  return undefined;
}

function describe(v: unknown): string {
  return `${typeof v} ${Object.is(v, -0) ? '-0' : JSON.stringify(v)}`;
}
