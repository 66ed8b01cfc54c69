// Scan report formats. Each formatter is a pure function of the scan result and the options.
import type { ScanResult } from '../scan/types.js';
import type { ReportOptions } from './common.js';
import { formatJson, jsonReportChunks } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export const SCAN_FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];

export type { ReportOptions } from './common.js';

export function formatScan(result: ScanResult, format: ScanFormat, options: ReportOptions): string {
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

/** The report in pieces, for writing without holding it whole (JSON streams; the others are one piece). */
export function* scanReportChunks(result: ScanResult, format: ScanFormat, options: ReportOptions): Generator<string> {
  if (format === 'json') {
    yield* jsonReportChunks(result, options);
    yield '\n';
  } else yield formatScan(result, format, options);
}
