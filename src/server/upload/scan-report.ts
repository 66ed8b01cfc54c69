// The parts of the scan JSON report (docs/scan.md) a lens review stores, and their conversion to evidence:
// shared by POST …/evidence and the upload page, so a report reads the same whichever way it arrives.
import { z } from 'zod';
import type { ScanEvidenceInput } from '../../review/scan-evidence.js';

export const scanReportSchema = z.object({
  files: z.array(z.string().max(4096)).max(100_000),
  findings: z.array(z.object({ ruleId: z.string(), severity: z.string(), file: z.string(), line: z.number().int(), column: z.number().int(), resource: z.string(), message: z.string() })).max(200_000),
  evidence: z
    .array(
      z.object({
        question: z.string().max(128),
        choice: z.string().max(128),
        status: z.enum(['supported', 'contradicted', 'unknown']),
        passed: z.number().int().min(0),
        failed: z.number().int().min(0),
        findings: z.array(z.number().int().min(0)),
        rules: z.array(z.string().max(128)),
      }),
    )
    .max(1000),
  scanDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('the scan date (YYYY-MM-DD); default: today'),
});
export type ScanReport = z.infer<typeof scanReportSchema>;

export function evidenceOfReport(report: ScanReport, today: string): ScanEvidenceInput {
  const choices = report.evidence.map((e) => ({
    questionId: e.question,
    choiceId: e.choice,
    status: e.status,
    passed: e.passed,
    failed: e.failed,
    rules: e.rules,
    findings: e.findings.flatMap((i) => {
      const f = report.findings[i];
      return f ? [{ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line, column: f.column, resource: f.resource, message: { en: f.message, ja: f.message } }] : [];
    }),
  }));
  return { files: report.files, scanDate: report.scanDate ?? today, choices };
}

/** A JSON document that looks like a scan report (its own keys), told apart from a JSON template. */
export function looksLikeScanReport(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray((value as { evidence?: unknown }).evidence) && Array.isArray((value as { findings?: unknown }).findings);
}
