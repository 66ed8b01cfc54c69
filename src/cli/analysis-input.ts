// Runs `slens logs` or `slens tune` analysis over files (with the commands' defaults) and returns the
// evidence to attach to a review. Read problems go to stderr as those commands report them; nothing readable
// is a user error (exit 2).
import type { AnalysisEvidenceInput, AnalysisKind } from '../review/analysis-evidence.js';
import type { Lang } from '../util/i18n.js';
import { UserError } from '../util/errors.js';

export async function analysisEvidenceFor(kind: AnalysisKind, files: string[], lang: Lang, warn: (line: string) => void): Promise<AnalysisEvidenceInput> {
  const { readSummary, readMessage } = await import('../analyze/read/summary.js');
  const ev = await import('../analyze/evidence.js');
  if (kind === 'logs') {
    const { readFiles } = await import('../analyze/read/reader.js');
    const counter = ev.logFactsCounter();
    const stats = await readFiles(files, counter.sink);
    if (stats.fileErrors.length > 0 || stats.bad > 0) for (const line of readSummary(stats, lang)) warn(`slens: ${line}\n`);
    if (stats.fileErrors.length === files.length) throw new UserError('no-input', readMessage('nothingReadable', lang), { file: files[0] });
    return { kind, files, chart: null, evidence: ev.logEvidence(counter.facts(stats)) };
  }
  const { lambdaPrices } = await import('../analyze/pricing/lambda.js');
  const { loadTuneInput } = await import('../analyze/tune/load.js');
  const { analyzeTuning, rowsFromAverages, rowsFromSamples } = await import('../analyze/tune/analyze.js');
  const { tuneChart } = await import('../report/tune.js');
  const input = await loadTuneInput(files);
  if (input.stats.fileErrors.length > 0 || input.stats.bad > 0) for (const line of readSummary(input.stats, lang)) warn(`slens: ${line}\n`);
  if (input.stats.fileErrors.length === files.length) throw new UserError('no-input', readMessage('nothingReadable', lang), { file: files[0] });
  const prices = lambdaPrices('us-east-1', 'x86_64');
  const rows = input.points.length > 0 ? rowsFromAverages(input.points, prices) : rowsFromSamples(input.samples, 0.2, prices);
  const { TUNE_MESSAGES } = await import('../analyze/tune/messages.js');
  if (rows.length === 0) throw new UserError('no-reports', TUNE_MESSAGES.noResults, { file: files[0] });
  const analysis = analyzeTuning(rows, { strategy: 'cost', weight: 0.5 });
  return { kind, files, chart: tuneChart(analysis, lang), evidence: ev.tuneEvidence(analysis) };
}
