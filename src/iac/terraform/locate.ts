// Where a CloudFormation property of a mapped Terraform resource is written: the property path is translated
// to the Terraform attribute path (snake_case, blocks are lists, per-type renames), then looked up in the
// positions recorded for the block (or for the block that was folded into it).
import { positionAlong, type Path } from '../build.js';
import type { Location } from '../types.js';
import type { PositionTable } from '../yaml.js';
import type { Draft } from './links.js';

type Rec = Record<string, unknown>;

const snake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A CloudFormation property path → the Terraform attribute path that wrote it (as far as it can be followed). */
export function terraformPath(body: Rec, path: Path, renames: Record<string, string>): Path {
  const out: (string | number)[] = [];
  let current: unknown = body;
  for (let i = 0; i < path.length; i++) {
    const step = path[i] as string | number;
    if (Array.isArray(current)) {
      if (typeof step === 'number') {
        out.push(step);
        current = current[step];
        continue;
      }
      out.push(0);
      current = current[0];
    }
    if (typeof step === 'number' || !isRec(current)) break;
    const renamed = i === 0 ? renames[step] : undefined;
    const keys = renamed ? renamed.split('.') : [snake(step)];
    let found = true;
    for (const key of keys) {
      if (Array.isArray(current)) {
        out.push(0);
        current = current[0];
      }
      if (!isRec(current) || !(key in current)) {
        found = false;
        break;
      }
      out.push(key);
      current = current[key];
    }
    if (!found) break;
  }
  return out;
}

export function locateDraft(positions: PositionTable, draft: Draft, path: Path, fallback: Location): Location {
  for (const extra of draft.extras) {
    if (extra.prefix.every((step, i) => path[i] === step)) {
      const at: Location = { file: extra.file, line: extra.at[0], column: extra.at[1] };
      const rest = path.slice(extra.prefix.length);
      return positionAlong({ file: extra.file, positions }, extra.body, terraformPath(extra.body, rest, extra.renames), at).location;
    }
  }
  return positionAlong({ file: draft.file, positions }, draft.body, terraformPath(draft.body, path, draft.renames), fallback).location;
}

