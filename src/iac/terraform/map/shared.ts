// What every Terraform → CloudFormation mapping uses: nested blocks read as objects, empty values dropped, JSON
// text parsed, and the generic mapping (snake_case → PascalCase) for types without a written one.
export type Rec = Record<string, unknown>;

export interface Mapped {
  type: string;
  properties: Rec;
  /** CloudFormation top-level property → Terraform attribute, where the snake_case spelling differs. */
  renames?: Record<string, string>;
}

export const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v) && (v as { symbolic?: unknown }).symbolic !== true;
/** A nested block (a list of one body in the parsed JSON), or undefined. */
export const block = (v: unknown): Rec | undefined => (Array.isArray(v) ? (isRec(v[0]) ? v[0] : undefined) : isRec(v) ? v : undefined);
export const blocks = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isRec) : isRec(v) ? [v] : []);

/** A nested block mapped by `map`; one written by a `dynamic` block (unknown, see module.ts) stays unknown rather than absent. */
export function nested(v: unknown, map: (b: Rec) => unknown): unknown {
  if (v !== null && typeof v === 'object' && (v as { symbolic?: unknown }).symbolic === true) return v;
  const b = block(v);
  return b ? map(b) : undefined;
}

export function compact(props: Rec): Rec {
  const out: Rec = {};
  const keys = Object.keys(props);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const value = props[key];
    if (value === undefined) continue;
    if (isRec(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

/** A JSON text written literally (heredoc, string) → its value; anything else as is. */
export function json(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

const pascalNames = new Map<string, string>();
/** snake_case → PascalCase; attribute names repeat, so each is worked out once. */
function pascal(name: string): string {
  let out = pascalNames.get(name);
  if (out === undefined) {
    out = name.split('_').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
    if (pascalNames.size < 10_000) pascalNames.set(name, out);
  }
  return out;
}

/** Terraform's meta-arguments and tags: not properties of the CloudFormation resource (no mapping reads them). */
export const NOT_PROPERTIES = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'tags', 'tags_all', 'dynamic']);

/** Generic: snake_case → PascalCase, single blocks → objects (for types without a written mapping). */
export function generic(value: unknown, depth = 0): unknown {
  if (depth > 32) return value;
  if (Array.isArray(value)) {
    if (value.length === 1 && isRec(value[0])) return generic(value[0], depth + 1);
    return value.map((v) => generic(v, depth + 1));
  }
  if (!isRec(value)) return value;
  const out: Rec = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (NOT_PROPERTIES.has(key)) continue;
    const inner = value[key];
    out[pascal(key)] = generic(inner, depth + 1);
  }
  return out;
}

/** Mappings by Terraform resource type, one record per service. */
export type Mappings = Record<string, (v: Rec) => Mapped>;
