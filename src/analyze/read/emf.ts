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

/** The metrics of an EMF record, or the first rule it breaks. */
export function parseEmf(root: JsonObject): Parsed<EmfMetric[]> {
  const metrics: EmfMetric[] = [];
  const reason = walkEmf(root, metrics);
  return reason === undefined ? { ok: true, value: metrics } : { ok: false, reason };
}

/**
 * The first rule an EMF record breaks, or undefined when it is valid — checked without building its metric list
 * (issue 18: most readers only count EMF records; the list is built when first asked, by `emfMetrics`).
 */
export function checkEmf(root: JsonObject): string | undefined {
  return walkEmf(root, undefined);
}

/** The metrics of an EMF record that `checkEmf` found valid. */
export function emfMetrics(root: JsonObject): EmfMetric[] {
  const metrics: EmfMetric[] = [];
  walkEmf(root, metrics);
  return metrics;
}

/** Checks the record's rules in order; with `metrics`, also collects its metrics there. */
function walkEmf(root: JsonObject, metrics: EmfMetric[] | undefined): string | undefined {
  const aws = root['_aws'];
  if (!isObject(aws)) return 'EMF: "_aws" must be an object';
  const ts = aws['Timestamp'];
  if (typeof ts !== 'number' || !Number.isInteger(ts) || ts < 0) return 'EMF: "_aws.Timestamp" must be epoch milliseconds (an integer)';
  const directives = aws['CloudWatchMetrics'];
  if (!Array.isArray(directives)) return 'EMF: "_aws.CloudWatchMetrics" must be an array';
  for (let i = 0; i < directives.length; i++) {
    const directive: unknown = directives[i];
    if (!isObject(directive)) return `EMF: CloudWatchMetrics[${i}] must be an object`;
    const namespace = directive['Namespace'];
    if (typeof namespace !== 'string' || namespace.length < 1 || namespace.length > 255) return `EMF: CloudWatchMetrics[${i}].Namespace must be a string of 1 to 255 characters`;
    const sets = directive['Dimensions'];
    if (!Array.isArray(sets)) return `EMF: CloudWatchMetrics[${i}].Dimensions must be an array of dimension sets`;
    const dimensionSets: Record<string, string>[] = [];
    for (let j = 0; j < sets.length; j++) {
      const set: unknown = sets[j];
      if (!Array.isArray(set)) return `EMF: CloudWatchMetrics[${i}].Dimensions[${j}] must be an array of keys`;
      if (set.length > EMF_MAX_DIMENSIONS) return `EMF: CloudWatchMetrics[${i}].Dimensions[${j}] has ${set.length} keys (at most ${EMF_MAX_DIMENSIONS})`;
      const dims: Record<string, string> | undefined = metrics === undefined ? undefined : {};
      for (const key of set as unknown[]) {
        if (typeof key !== 'string') return `EMF: CloudWatchMetrics[${i}].Dimensions[${j}] keys must be strings`;
        const value = root[key];
        if (typeof value !== 'string') return `EMF: dimension "${key}" must be a string member of the root`;
        if (dims !== undefined) dims[key] = value;
      }
      if (dims !== undefined) dimensionSets.push(dims);
    }
    if (metrics !== undefined && dimensionSets.length === 0) dimensionSets.push({});
    const defs = directive['Metrics'];
    if (!Array.isArray(defs)) return `EMF: CloudWatchMetrics[${i}].Metrics must be an array`;
    if (defs.length > EMF_MAX_METRICS) return `EMF: CloudWatchMetrics[${i}].Metrics has ${defs.length} definitions (at most ${EMF_MAX_METRICS})`;
    for (let k = 0; k < defs.length; k++) {
      const def: unknown = defs[k];
      if (!isObject(def) || typeof def['Name'] !== 'string' || def['Name'].length === 0) return `EMF: CloudWatchMetrics[${i}].Metrics[${k}] needs a "Name"`;
      const name = def['Name'];
      const unit = def['Unit'] === undefined ? 'None' : def['Unit'];
      if (typeof unit !== 'string' || !EMF_UNITS.has(unit)) return `EMF: metric "${name}" has an unknown unit ${JSON.stringify(unit)}`;
      const resolution = def['StorageResolution'];
      if (resolution !== undefined && resolution !== 1 && resolution !== 60) return `EMF: metric "${name}" StorageResolution must be 1 or 60`;
      const raw = root[name];
      if (typeof raw === 'number') {
        if (!Number.isFinite(raw)) return `EMF: metric "${name}" must be a number or an array of numbers at the root`;
        if (metrics === undefined) continue;
        const values = [raw];
        for (const dimensions of dimensionSets) metrics.push({ namespace, name, unit, dimensions, values });
        continue;
      }
      if (!Array.isArray(raw)) return `EMF: metric "${name}" must be a number or an array of numbers at the root`;
      for (const v of raw as unknown[]) {
        if (typeof v !== 'number' || !Number.isFinite(v)) return `EMF: metric "${name}" must be a number or an array of numbers at the root`;
      }
      if (raw.length > EMF_MAX_VALUES) return `EMF: metric "${name}" has ${raw.length} values (at most ${EMF_MAX_VALUES})`;
      if (metrics !== undefined) for (const dimensions of dimensionSets) metrics.push({ namespace, name, unit, dimensions, values: raw as number[] });
    }
  }
  return undefined;
}
