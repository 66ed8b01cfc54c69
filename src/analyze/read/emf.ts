// CloudWatch Embedded Metric Format: validation against the specification's rules and extraction of the
// metrics with their dimensions and units. A record is EMF when its root has an `_aws` key.
import type { EmfMetric, JsonObject } from './record.js';
import type { Parsed } from './platform.js';

export const EMF_UNITS = new Set([
  'Seconds', 'Microseconds', 'Milliseconds', 'Bytes', 'Kilobytes', 'Megabytes', 'Gigabytes', 'Terabytes',
  'Bits', 'Kilobits', 'Megabits', 'Gigabits', 'Terabits', 'Percent', 'Count', 'Bytes/Second',
  'Kilobytes/Second', 'Megabytes/Second', 'Gigabytes/Second', 'Terabytes/Second', 'Bits/Second',
  'Kilobits/Second', 'Megabits/Second', 'Gigabits/Second', 'Terabits/Second', 'Count/Second', 'None',
]);
/** Metric definitions per directive and values per metric (spec); dimensions per set (CloudWatch since 2022). */
export const EMF_MAX_METRICS = 100;
export const EMF_MAX_VALUES = 100;
export const EMF_MAX_DIMENSIONS = 30;

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
const fail = (reason: string): Parsed<EmfMetric[]> => ({ ok: false, reason: `EMF: ${reason}` });

/** The metrics of an EMF record, or the first rule it breaks. */
export function parseEmf(root: JsonObject): Parsed<EmfMetric[]> {
  const aws = root['_aws'];
  if (!isObject(aws)) return fail('"_aws" must be an object');
  const ts = aws['Timestamp'];
  if (typeof ts !== 'number' || !Number.isInteger(ts) || ts < 0) return fail('"_aws.Timestamp" must be epoch milliseconds (an integer)');
  const directives = aws['CloudWatchMetrics'];
  if (!Array.isArray(directives)) return fail('"_aws.CloudWatchMetrics" must be an array');
  const metrics: EmfMetric[] = [];
  for (const [i, directive] of directives.entries()) {
    const at = `CloudWatchMetrics[${i}]`;
    if (!isObject(directive)) return fail(`${at} must be an object`);
    const namespace = directive['Namespace'];
    if (typeof namespace !== 'string' || namespace.length < 1 || namespace.length > 255) return fail(`${at}.Namespace must be a string of 1 to 255 characters`);
    const sets = directive['Dimensions'];
    if (!Array.isArray(sets)) return fail(`${at}.Dimensions must be an array of dimension sets`);
    const dimensionSets: Record<string, string>[] = [];
    for (const [j, set] of sets.entries()) {
      if (!Array.isArray(set)) return fail(`${at}.Dimensions[${j}] must be an array of keys`);
      if (set.length > EMF_MAX_DIMENSIONS) return fail(`${at}.Dimensions[${j}] has ${set.length} keys (at most ${EMF_MAX_DIMENSIONS})`);
      const dims: Record<string, string> = {};
      for (const key of set) {
        if (typeof key !== 'string') return fail(`${at}.Dimensions[${j}] keys must be strings`);
        const value = root[key];
        if (typeof value !== 'string') return fail(`dimension "${key}" must be a string member of the root`);
        dims[key] = value;
      }
      dimensionSets.push(dims);
    }
    if (dimensionSets.length === 0) dimensionSets.push({});
    const defs = directive['Metrics'];
    if (!Array.isArray(defs)) return fail(`${at}.Metrics must be an array`);
    if (defs.length > EMF_MAX_METRICS) return fail(`${at}.Metrics has ${defs.length} definitions (at most ${EMF_MAX_METRICS})`);
    for (const [k, def] of defs.entries()) {
      if (!isObject(def) || typeof def['Name'] !== 'string' || def['Name'].length === 0) return fail(`${at}.Metrics[${k}] needs a "Name"`);
      const name = def['Name'];
      const unit = def['Unit'] === undefined ? 'None' : def['Unit'];
      if (typeof unit !== 'string' || !EMF_UNITS.has(unit)) return fail(`metric "${name}" has an unknown unit ${JSON.stringify(unit)}`);
      const resolution = def['StorageResolution'];
      if (resolution !== undefined && resolution !== 1 && resolution !== 60) return fail(`metric "${name}" StorageResolution must be 1 or 60`);
      const raw = root[name];
      const values = typeof raw === 'number' ? [raw] : raw;
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        return fail(`metric "${name}" must be a number or an array of numbers at the root`);
      }
      if (values.length > EMF_MAX_VALUES) return fail(`metric "${name}" has ${values.length} values (at most ${EMF_MAX_VALUES})`);
      for (const dimensions of dimensionSets) metrics.push({ namespace, name, unit, dimensions, values: values as number[] });
    }
  }
  return { ok: true, value: metrics };
}
