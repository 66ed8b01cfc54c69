// `slens concurrency <metrics...>`: find the account concurrency peak in CloudWatch metric exports and the
// functions that made it (the concurrency hunt), as a table and a chart.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { fill, LANGS } from '../../util/i18n.js';
import { UserError } from '../../util/errors.js';

const FORMATS = ['text', 'json'] as const;

interface ConcurrencyOptions {
  window?: string;
  period?: string;
  format?: string;
  chart?: string;
  output?: string;
  lang?: string;
}

function positive(option: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value.trim() === '' || !Number.isInteger(x) || x < 1 || x > max) throw new UserError('bad-option', `--${option} must be a whole number from 1 to ${max} (got "${value}")`);
  return x;
}

const HELP = `
Series are recognised by their label: the metric name, plus the function name for per-function series,
e.g. "ConcurrentExecutions" (account, no dimension), "orders Invocations" (Sum), "orders Duration" (Average).
Inputs: \`aws cloudwatch get-metric-data\` output (MetricDataResults), \`get-metric-statistics\` output
(Label + Datapoints), or CSV — long (timestamp,function,metric,value) or wide (timestamp, then one column
per label). Estimated concurrency = invocations in a period x average duration / period length.

Example:
  aws cloudwatch get-metric-data --metric-data-queries file://queries.json --start-time … --end-time … > metrics.json
  slens concurrency metrics.json --window 5 --chart concurrency.svg
`;

export function registerConcurrency(program: Command, ctx: CliContext): Command {
  return program
    .command('concurrency')
    .description('find the peak account concurrency in CloudWatch metric exports and rank the functions behind it; exit 2 on unreadable input')
    .argument('<metrics...>', 'metric exports: get-metric-data / get-metric-statistics JSON, or CSV')
    .option('--window <minutes>', 'minutes before the peak to examine', '5')
    .option('--period <seconds>', 'length of one data point (default: the spacing of the data, else 60)')
    .option('--format <format>', 'output format: text or json', 'text')
    .option('--chart <file>', 'write the chart of concurrency around the peak to this SVG file')
    .option('--output <file>', 'write the report to this file instead of standard output')
    .option('--lang <lang>', 'language of the report and chart: en or ja', 'en')
    .addHelpText('after', HELP)
    .action(async (files: string[], opts: ConcurrencyOptions) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = choose('lang', opts.lang, LANGS, 'en');
      const windowMinutes = positive('window', opts.window, 1440) ?? 5;
      const periodSeconds = positive('period', opts.period, 86_400);
      const { readMetricFiles } = await import('../../analyze/concurrency/metrics.js');
      const { analyzeConcurrency, ignoredSeries } = await import('../../analyze/concurrency/analyze.js');
      const { CONCURRENCY_MESSAGES } = await import('../../analyze/concurrency/messages.js');
      const { formatConcurrencyText, concurrencyChart } = await import('../../report/concurrency.js');
      const series = readMetricFiles(files);
      const ignored = ignoredSeries(series);
      if (ignored.length > 0) ctx.stderr(`slens: ${fill(CONCURRENCY_MESSAGES.ignoredSeries[lang], { series: ignored.join(', ') })}\n`);
      const analysis = analyzeConcurrency(series, { windowMinutes, ...(periodSeconds ? { periodSeconds } : {}) });
      if (!analysis) {
        throw new UserError('no-concurrency', CONCURRENCY_MESSAGES.noPeak, { file: files[0] });
      }
      const svg = concurrencyChart(analysis, lang);
      if (opts.chart) emit(ctx, svg, opts.chart);
      const iso = (t: number): string => new Date(t).toISOString();
      const body =
        format === 'json'
          ? JSON.stringify(
              {
                peak: { concurrency: analysis.peak.concurrency, timestamp: iso(analysis.peak.timestamp), source: analysis.peak.source },
                periodSeconds: analysis.periodSeconds,
                window: { from: iso(analysis.window.from), to: iso(analysis.window.to) },
                functions: analysis.functions.map((f) => ({ ...f, timestamp: iso(f.timestamp) })),
                chart: { path: opts.chart ?? null, svg },
              },
              null,
              2,
            )
          : formatConcurrencyText(analysis, lang, windowMinutes, opts.chart);
      emit(ctx, body, opts.output);
    });
}
