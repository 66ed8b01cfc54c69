// What the reader tells the user after a run, in English and Japanese: how much was read, and where the
// lines it had to skip are (file:line: reason), so bad input is visible without stopping the analysis.
import { fill, type Lang, type Localized } from '../../util/i18n.js';
import type { BadLine, ReadStats } from './reader.js';
import { localizeReason } from './reasons.js';

const TEXT = {
  read: {
    en: 'read {records} records from {files} file(s)',
    ja: '{files} 個のファイルから {records} 件のレコードを読み込みました',
  },
  skipped: {
    en: '{bad} line(s) skipped as unreadable; first ones:',
    ja: '読み取れない {bad} 行をスキップしました（先頭の数件）:',
  },
  emf: {
    en: '{valid} EMF record(s) valid, {invalid} invalid',
    ja: 'EMF レコード: 有効 {valid} 件、無効 {invalid} 件',
  },
  unreadable: {
    en: 'cannot read the file: {reason}',
    ja: 'ファイルを読み取れません: {reason}',
  },
  truncated: {
    en: 'only the first {kept} rows are shown ({dropped} more); add filters, stats or a limit',
    ja: '先頭の {kept} 行のみ表示しています（残り {dropped} 行）。filter、stats、limit で絞り込んでください',
  },
  progress: {
    en: 'reading {file}: {mb} MB ({rate} MB/s)',
    ja: '{file} を読み込み中: {mb} MB（{rate} MB/秒）',
  },
  nothingReadable: {
    en: 'none of the given files could be read',
    ja: '指定されたファイルはどれも読み取れませんでした',
  },
} satisfies Record<string, Localized>;

export function readMessage(key: keyof typeof TEXT, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(TEXT[key][lang], values);
}

function located(b: BadLine): string {
  return b.line > 0 ? `${b.file}:${b.line}` : b.file;
}

/** Lines for standard error: the totals, then each unreadable file and the first skipped lines. */
export function readSummary(stats: ReadStats, lang: Lang): string[] {
  const lines = [readMessage('read', lang, { records: stats.records, files: stats.files })];
  if (stats.emfRecords + stats.emfInvalid > 0) lines.push(`  ${readMessage('emf', lang, { valid: stats.emfRecords, invalid: stats.emfInvalid })}`);
  for (const e of stats.fileErrors) lines.push(`  ${e.file}: ${readMessage('unreadable', lang, { reason: e.localized?.[lang] ?? localizeReason(e.reason, lang) })}`);
  if (stats.bad > 0) {
    lines.push(`  ${readMessage('skipped', lang, { bad: stats.bad })}`);
    for (const b of stats.badSamples) lines.push(`    ${located(b)}: ${localizeReason(b.reason, lang)}`);
  }
  return lines;
}
