// Pipeline stages of `pattern` (rows in, one row per pattern out) and `diff` (the patterns of the current
// and the comparison period side by side). Both hold patterns, not rows: memory is bounded by the pattern cap.
import type { DiffPeriod } from './ast.js';
import { Row, type Compiled } from './compile.js';
import { PatternSet, patternId, type PatternStats } from './pattern.js';
import type { Stage } from './pipeline.js';
import { isMissing, toText } from './values.js';

/** Columns shown after `pattern` unless `display` says otherwise (the documented four, and the id). */
export const PATTERN_COLUMNS = ['@pattern', '@ratio', '@sampleCount', '@severityLabel', '@patternId'];
/** Columns shown after `diff`. */
export const DIFF_COLUMNS = ['@pattern', '@changeType', '@sampleCount', '@previousSampleCount', '@changePercent', '@severityLabel', '@patternId'];

/** Collects the text of each row into a pattern set. */
class Collect implements Stage {
  constructor(private readonly source: Compiled, readonly set: PatternSet, private readonly done: () => void) {}
  push(row: Row): void {
    const v = this.source(row);
    if (isMissing(v)) return;
    this.set.add(toText(v), row.get('level'), row.time());
  }
  end(): void {
    this.done();
  }
}

function patternRow(set: PatternSet, p: PatternStats): Row {
  const row = new Row(undefined);
  row.set('@pattern', p.pattern);
  row.set('@ratio', set.total === 0 ? 0 : p.count / set.total);
  row.set('@sampleCount', p.count);
  row.set('@severityLabel', p.severity());
  row.set('@patternId', patternId(p.pattern));
  row.set('@tokens', p.tokensJson());
  row.set('@visualization', set.visualization(p));
  return row;
}

/** `pattern expr`: one row per pattern, the most frequent first. */
export function patternStage(source: Compiled, next: Stage): Stage {
  const set = new PatternSet();
  return new Collect(source, set, () => {
    for (const p of set.sorted()) next.push(patternRow(set, p));
    next.end();
  });
}

/** How a pattern's count changed from the comparison period to the current one. */
function changeType(now: number, before: number): string {
  if (before === 0) return 'New';
  if (now === 0) return 'Gone';
  return now > before ? 'Increased' : now < before ? 'Decreased' : 'Unchanged';
}

/**
 * `diff`: two inputs, the current period and the comparison period, each collected into patterns; when both
 * have ended, one row per pattern of either: the current figures, the previous count, and the change.
 */
export class DiffJoin {
  readonly current: Stage;
  readonly previous: Stage;
  private open = 2;

  constructor(source: Compiled, readonly period: DiffPeriod, private readonly next: Stage) {
    const now = new PatternSet();
    const before = new PatternSet();
    const ended = (): void => {
      if (--this.open === 0) this.emit(now, before);
    };
    this.current = new Collect(source, now, ended);
    this.previous = new Collect(source, before, ended);
  }

  private emit(now: PatternSet, before: PatternSet): void {
    const rows: Row[] = [];
    for (const p of now.sorted()) {
      const row = patternRow(now, p);
      const old = before.patterns.get(p.pattern)?.count ?? 0;
      row.set('@previousSampleCount', old);
      row.set('@changeType', changeType(p.count, old));
      row.set('@changePercent', old === 0 ? undefined : ((p.count - old) / old) * 100);
      rows.push(row);
    }
    for (const p of before.sorted()) {
      if (now.patterns.has(p.pattern)) continue;
      const row = patternRow(before, p);
      row.set('@ratio', 0);
      row.set('@sampleCount', 0);
      row.set('@previousSampleCount', p.count);
      row.set('@changeType', 'Gone');
      row.set('@changePercent', -100);
      rows.push(row);
    }
    for (const row of rows) this.next.push(row);
    this.next.end();
  }
}
