// Reads the output of the open-source aws-lambda-power-tuning state machine: per-power `stats` when the
// run asked for them (`includeOutputResults`), otherwise the figures packed into the visualization URL
// (`#<powers as Int16 LE>;<durations as Float32 LE>;<costs as Float32 LE>`, each base64). The output may be
// saved as is, or inside `aws stepfunctions describe-execution` (an `output` string) or
// `get-execution-history` (the ExecutionSucceeded event's `output` string).
import type { AveragePoint } from './analyze.js';

export type PowerPoint = AveragePoint;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function unpack(b64: string, width: 2 | 4): number[] | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return undefined;
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length % width !== 0) return undefined;
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i += width) out.push(width === 2 ? bytes.readInt16LE(i) : bytes.readFloatLE(i));
  return out;
}

/** Powers, durations and costs from a visualization URL; undefined when the hash is not in that form. */
export function decodeVisualization(url: string): { powers: number[]; durations: number[]; costs: number[] } | undefined {
  const hash = url.slice(url.indexOf('#') + 1);
  const parts = hash.split(';');
  if (url.indexOf('#') < 0 || parts.length !== 3) return undefined;
  const powers = unpack(parts[0] as string, 2);
  const durations = unpack(parts[1] as string, 4);
  const costs = unpack(parts[2] as string, 4);
  if (!powers || !durations || !costs || powers.length === 0 || powers.length !== durations.length || powers.length !== costs.length) return undefined;
  return { powers, durations, costs };
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The tuner's output inside a Step Functions response, or the document itself. */
function unwrapExecution(doc: unknown): unknown {
  if (!isObj(doc)) return doc;
  if (typeof doc['output'] === 'string' && ('executionArn' in doc || 'status' in doc)) return parseJson(doc['output']) ?? doc;
  const events = doc['events'];
  if (Array.isArray(events)) {
    for (let i = events.length - 1; i >= 0; i--) {
      const event: unknown = events[i];
      const details = isObj(event) ? event['executionSucceededEventDetails'] : undefined;
      if (isObj(details)) return parseJson(details['output']) ?? doc;
    }
  }
  return doc;
}

function bodyOf(doc: unknown): unknown {
  const output = unwrapExecution(doc);
  return isObj(output) && isObj(output['results']) ? output['results'] : output;
}

/** True when a parsed JSON document looks like power-tuning output (wrapped in `results`, or in a Step Functions response). */
export function isPowerTuningOutput(doc: unknown): boolean {
  const body = bodyOf(doc);
  return isObj(body) && ('stateMachine' in body || Array.isArray(body['stats'])) && 'power' in body;
}

const finite = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The per-memory points of a power-tuning output, or a reason it cannot be used. */
export function powerTuningPoints(doc: unknown): PowerPoint[] | string {
  const body = bodyOf(doc) as Obj;
  const stats = body['stats'];
  const points: PowerPoint[] = [];
  if (Array.isArray(stats) && stats.length > 0) {
    for (const [i, s] of stats.entries()) {
      // The tuner's analyzer drops empty entries and those with no (or zero) average duration.
      if (!isObj(s) || !s['averageDuration']) continue;
      const memory = Number(s['value']);
      const avgDuration = Number(s['averageDuration']);
      if (!Number.isFinite(memory) || memory <= 0 || !Number.isFinite(avgDuration) || avgDuration < 0) return `stats[${i}] needs a numeric "value" (memory) and "averageDuration"`;
      const point: PowerPoint = { memory, avgDuration };
      const price = finite(s['averagePrice']);
      if (price !== undefined && price >= 0) point.avgPrice = price;
      const total = finite(s['totalCost']);
      if (total !== undefined && total >= 0) point.totalCost = total;
      points.push(point);
    }
    if (points.length === 0) return 'every entry of "stats" has a zero or missing "averageDuration"';
    return points;
  }
  const machine = body['stateMachine'];
  const url = isObj(machine) ? machine['visualization'] : undefined;
  if (typeof url !== 'string') return 'no "stats" and no "stateMachine.visualization" URL to read the results from';
  const decoded = decodeVisualization(url);
  if (!decoded) return 'the visualization URL does not hold powers, durations and costs';
  // The URL holds the tuner's costs as 32-bit floats: used as its average price, as the analyzer computed it.
  decoded.powers.forEach((memory, i) => {
    const avgDuration = decoded.durations[i] as number;
    if (avgDuration) points.push({ memory, avgDuration, avgPrice: decoded.costs[i] as number });
  });
  if (points.some((p) => !(p.memory > 0) || !Number.isFinite(p.avgDuration) || p.avgDuration < 0 || !Number.isFinite(p.avgPrice) || (p.avgPrice as number) < 0)) return 'the visualization URL holds invalid numbers';
  return points;
}
