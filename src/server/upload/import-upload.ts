// An upload turned into stored evidence: a scan report is read as it is; templates (files or an archive)
// are unpacked into a fresh temporary folder, scanned with the CLI's own code, and the folder is deleted
// whatever happens. The workload's Serverless Lens review must exist before anything is unpacked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_LENS_ALIAS } from '../../lens/builtin.js';
import { evidenceReview, importScanEvidence, type EvidenceReviewView } from '../../review/scan-evidence.js';
import type { ReviewService } from '../../review/service.js';
import { loadConfig } from '../../scan/config.js';
import { errorText } from '../../scan/error-text.js';
import { evidenceOfScan } from '../../scan/evidence-input.js';
import { iacLoader } from '../../scan/iac-loader.js';
import { scanFiles } from '../../scan/scan-files.js';
import { isUserError } from '../../util/errors.js';
import type { Lang, Localized } from '../../util/i18n.js';
import { say } from '../../review/errors.js';
import { decodeUtf8 } from '../../util/utf8.js';
import { archiveKind, unpackUpload, UploadError, type UploadPart } from './archive.js';
import { UPLOAD_LIMITS, type UploadLimits } from './limits.js';
import { evidenceOfReport, looksLikeScanReport, scanReportSchema } from './scan-report.js';

export type UploadPhase = 'unpacking' | 'scanning' | 'storing';

export interface UploadFileError {
  file: string;
  line: number;
  message: Localized;
}

export interface UploadResult {
  /** A scan report, or templates scanned here. */
  kind: 'report' | 'templates';
  /** Files unpacked (templates), or none for a report. */
  unpacked: number;
  /** Templates the scan read. */
  files: string[];
  /** Files the scan could not read, with file and line. */
  errors: UploadFileError[];
  evidence: EvidenceReviewView;
}

export interface UploadOptions {
  limits?: UploadLimits;
  /** The scan date (default: today). */
  today?: string;
  onPhase?: (phase: UploadPhase, detail: { files?: number }) => void;
}

const UPM = {
  badReport: { en: '{file}: not a "slens scan --format json" report: {detail}', ja: '{file}: 「slens scan --format json」のレポートではありません: {detail}' },
  noTemplate: {
    en: 'no readable template in the upload ({count} files){errors}',
    ja: 'アップロードに読み取れるテンプレートがありません（{count} ファイル）{errors}',
  },
} as const satisfies Record<string, Localized>;

/** The single JSON part that is a scan report, parsed; undefined for templates. */
function reportOf(parts: readonly UploadPart[]): { name: string; value: unknown } | undefined {
  const only = parts.length === 1 ? parts[0] : undefined;
  if (!only || archiveKind(only.bytes) || !/\.json$/i.test(only.name)) return undefined;
  try {
    const value = JSON.parse(decodeUtf8(only.bytes)) as unknown;
    return looksLikeScanReport(value) ? { name: only.name, value } : undefined;
  } catch {
    return undefined;
  }
}

export async function importUpload(service: ReviewService, ref: string, parts: readonly UploadPart[], lang: Lang, options: UploadOptions = {}): Promise<UploadResult> {
  const limits = options.limits ?? UPLOAD_LIMITS;
  const today = options.today ?? service.now().slice(0, 10);
  // The workload and its Serverless Lens review first: a refusal costs nothing.
  await evidenceReview(service, ref, BUILTIN_LENS_ALIAS, lang);
  const report = reportOf(parts);
  if (report) {
    const parsed = scanReportSchema.safeParse(report.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UploadError('upload-bad-report', say(UPM.badReport, { file: report.name, detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` }));
    }
    options.onPhase?.('storing', {});
    const evidence = await importScanEvidence(service, ref, evidenceOfReport(parsed.data, today), lang);
    return { kind: 'report', unpacked: 0, files: parsed.data.files, errors: [], evidence };
  }
  const dir = mkdtempSync(join(tmpdir(), 'slens-upload-'));
  try {
    options.onPhase?.('unpacking', {});
    const unpacked = await unpackUpload(parts, dir, limits);
    options.onPhase?.('scanning', { files: unpacked.length });
    const loader = await iacLoader();
    const discovery = await loader.discover([dir]);
    let config;
    try {
      config = loadConfig(undefined, dir);
    } catch (error) {
      if (isUserError(error)) throw new UploadError('upload-bad-config', { en: error.messageIn('en'), ja: error.messageIn('ja') });
      throw error;
    }
    const result = scanFiles(discovery.files, { loader, config, today, cwd: dir, discoveryErrors: discovery.errors });
    const strip = (file: string) => (file.startsWith(dir) ? file.slice(dir.length + 1) : file);
    const errors = result.errors.map((e) => ({ file: strip(e.file), line: e.line, message: { en: errorText(e, 'en'), ja: errorText(e, 'ja') } }));
    if (result.files.length === 0) {
      const listed = (l: Lang) => errors.slice(0, 5).map((e) => ` ${e.file}:${e.line}: ${e.message[l]}`).join(';');
      throw new UploadError('upload-no-template', {
        en: say(UPM.noTemplate, { count: unpacked.length, errors: errors.length ? `:${listed('en')}` : '' }).en,
        ja: say(UPM.noTemplate, { count: unpacked.length, errors: errors.length ? `:${listed('ja')}` : '' }).ja,
      });
    }
    options.onPhase?.('storing', { files: result.files.length });
    const evidence = await importScanEvidence(service, ref, evidenceOfScan(result, today), lang);
    return { kind: 'templates', unpacked: unpacked.length, files: result.files, errors, evidence };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
