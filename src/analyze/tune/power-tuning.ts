// Reads the output of the open-source aws-lambda-power-tuning state machine: per-power `stats` when the
// run asked for them (`includeOutputResults`), otherwise the figures packed into the visualization URL
// (`#<powers as Int16 LE>;<durations as Float32 LE>;<costs as Float32 LE>`, each base64).

export interface PowerPoint {
  memory: number;
  /** Average duration the tuner measured (ms; it includes init duration for cold starts). */
  avgDuration: number;
}

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

/** True when a parsed JSON document looks like power-tuning output (wrapped in `results` or not). */
export function isPowerTuningOutput(doc: unknown): boolean {
  const body = isObj(doc) && isObj(doc['results']) ? doc['results'] : doc;
  return isObj(body) && ('stateMachine' in body || Array.isArray(body['stats'])) && 'power' in body;
}

/** The per-memory points of a power-tuning output, or a reason it cannot be used. */
export function powerTuningPoints(doc: unknown): PowerPoint[] | string {
  const body = (isObj(doc) && isObj(doc['results']) ? doc['results'] : doc) as Obj;
  const stats = body['stats'];
  const points: PowerPoint[] = [];
  if (Array.isArray(stats) && stats.length > 0) {
    for (const [i, s] of stats.entries()) {
      const memory = isObj(s) ? Number(s['value']) : NaN;
      const avgDuration = isObj(s) ? Number(s['averageDuration']) : NaN;
      if (!Number.isFinite(memory) || memory <= 0 || !Number.isFinite(avgDuration) || avgDuration < 0) return `stats[${i}] needs a numeric "value" (memory) and "averageDuration"`;
      points.push({ memory, avgDuration });
    }
    return points;
  }
  const machine = body['stateMachine'];
  const url = isObj(machine) ? machine['visualization'] : undefined;
  if (typeof url !== 'string') return 'no "stats" and no "stateMachine.visualization" URL to read the results from';
  const decoded = decodeVisualization(url);
  if (!decoded) return 'the visualization URL does not hold powers, durations and costs';
  decoded.powers.forEach((memory, i) => points.push({ memory, avgDuration: decoded.durations[i] as number }));
  if (points.some((p) => !(p.memory > 0) || !Number.isFinite(p.avgDuration) || p.avgDuration < 0)) return 'the visualization URL holds invalid numbers';
  return points;
}
