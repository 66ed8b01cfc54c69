// What `slens logs query '… | diff' --diff-against <file|range>` compares: either files holding the comparison
// period (the query's files are the current one), or the current period as `<start>/<end>`, whose comparison
// period is then taken from the same files as `diff` says (the period just before, or a day, a week or a
// calendar month earlier), as Logs Insights takes it around the selected time range.
import type { DiffPeriod } from './ast.js';
import { parseTime } from '../read/time.js';
import { UserError } from '../../util/errors.js';
import { fillLater, type Localized } from '../../util/i18n.js';

export type DiffAgainst = { kind: 'files'; files: string[] } | { kind: 'range'; start: number; end: number };

const TEXT = {
  needed: {
    en: 'the query uses diff: give --diff-against with a file of the comparison period, or the current period as <start>/<end> (e.g. 2026-11-02T10:00Z/2026-11-02T11:00Z)',
    ja: 'クエリで diff を使っています。--diff-against に比較する期間のファイルか、現在の期間を <開始>/<終了>（例: 2026-11-02T10:00Z/2026-11-02T11:00Z）で指定してください',
  },
  unused: {
    en: '--diff-against needs a query that uses diff (e.g. "filter level = \\"ERROR\\" | diff")',
    ja: '--diff-against は diff を使うクエリで指定してください（例: "filter level = \\"ERROR\\" | diff"）',
  },
  periodNeedsRange: {
    en: 'diff {period} picks the comparison period by time: give the current period as --diff-against <start>/<end>, not a file',
    ja: 'diff {period} は時刻で比較期間を決めます。--diff-against にはファイルではなく現在の期間を <開始>/<終了> で指定してください',
  },
  badRange: {
    en: '--diff-against {value}: the end must come after the start',
    ja: '--diff-against {value}: 終了は開始より後にしてください',
  },
  oneRange: {
    en: '--diff-against takes files, or one <start>/<end> period, not both',
    ja: '--diff-against にはファイルか、1つの <開始>/<終了> の期間のどちらかを指定してください',
  },
} satisfies Record<string, Localized>;

const ISO_START = /^\d{4}-\d{2}-\d{2}/;

function usage(text: Localized, values: Record<string, string> = {}): UserError {
  return new UserError('usage', fillLater(text, values));
}

/** Reads the --diff-against values against the query's diff (undefined when the query has none). */
export function parseDiffAgainst(values: readonly string[], period: DiffPeriod | undefined): DiffAgainst | undefined {
  if (period === undefined) {
    if (values.length > 0) throw usage(TEXT.unused);
    return undefined;
  }
  if (values.length === 0) throw usage(TEXT.needed);
  const ranges: { start: number; end: number; text: string }[] = [];
  const files: string[] = [];
  for (const value of values) {
    const parts = value.split('/');
    const start = parts.length === 2 && ISO_START.test(parts[0] as string) ? parseTime(parts[0]) : undefined;
    const end = parts.length === 2 && ISO_START.test(parts[1] as string) ? parseTime(parts[1]) : undefined;
    if (start !== undefined && end !== undefined) ranges.push({ start, end, text: value });
    else files.push(value);
  }
  if (ranges.length > 1 || (ranges.length === 1 && files.length > 0)) throw usage(TEXT.oneRange);
  const range = ranges[0];
  if (range !== undefined) {
    if (range.end <= range.start) throw usage(TEXT.badRange, { value: range.text });
    return { kind: 'range', start: range.start, end: range.end };
  }
  if (period !== 'previous') throw usage(TEXT.periodNeedsRange, { period });
  return { kind: 'files', files };
}

function monthEarlier(t: number): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() - 1;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

const DAY = 86_400_000;

/** For a range: which period a record's time falls in (current, previous, or neither). */
export function periodOf(range: { start: number; end: number }, period: DiffPeriod): (time: number | undefined) => 'current' | 'previous' | undefined {
  const { start, end } = range;
  let before: [number, number];
  if (period === 'previousDay') before = [start - DAY, end - DAY];
  else if (period === 'previousWeek') before = [start - 7 * DAY, end - 7 * DAY];
  else if (period === 'previousMonth') before = [monthEarlier(start), monthEarlier(end)];
  else before = [start - (end - start), start];
  const [from, to] = before;
  return (time) => {
    if (time === undefined) return undefined;
    if (time >= start && time < end) return 'current';
    if (time >= from && time < to) return 'previous';
    return undefined;
  };
}
