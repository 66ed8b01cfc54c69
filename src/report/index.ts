// Scan report formats. Each formatter is a pure function of the scan result and the options.
import type { ScanOutput } from '../scan/types.js';
import type { ReportOptions } from './common.js';
import { formatJson, jsonReportChunks } from './json.js';
import { formatJunit, junitChunks } from './junit.js';
import { formatMarkdown, markdownChunks } from './markdown.js';
import { formatSarif, sarifChunks } from './sarif.js';
import { formatText, textChunks } from './text.js';

export const SCAN_FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

export type { ReportOptions } from './common.js';

export function formatScan(result: ScanOutput, format: ScanFormat, options: ReportOptions): string {
  switch (format) {
    case 'json':
      return formatJson(result, options);
    case 'sarif':
      return formatSarif(result, options);
    case 'junit':
      return formatJunit(result, options);
    case 'markdown':
      return formatMarkdown(result, options);
    default:
      return formatText(result, options);
  }
}

/** The report in pieces, for writing without holding it whole: a 10,000-template scan writes ~100 MB. */
export function* scanReportChunks(result: ScanOutput, format: ScanFormat, options: ReportOptions): Generator<string> {
  switch (format) {
    case 'json':
    case 'sarif':
      yield* format === 'json' ? jsonReportChunks(result, options) : sarifChunks(result, options);
      yield '\n';
      return;
    case 'junit':
      return yield* junitChunks(result, options);
    case 'markdown':
      return yield* markdownChunks(result, options);
    default:
      return yield* textChunks(result, options);
  }
}
