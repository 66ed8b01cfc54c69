// `slens tune <results...>`: pick a Lambda memory size from measured runs (REPORT lines or the output of
// aws-lambda-power-tuning), with real prices, and draw time and cost against memory.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { LANGS, fillLater, type Localized } from '../../util/i18n.js';
import { UserError } from '../../util/errors.js';

const FORMATS = ['text', 'json'] as const;
const STRATEGIES = ['cost', 'speed', 'balanced'] as const;

interface TuneOptions {
  strategy?: string;
  weight?: string;
  arch?: string;
  region?: string;
  discardTopBottom?: string;
  format?: string;
  chart?: string;
  output?: string;
  lang?: string;
  includeRequestPrice?: boolean;
  allowErrors?: boolean;
}

const BAD_FRACTION: Localized = {
  en: '--{option} must be a number from 0 to {max} (got "{value}")',
  ja: '--{option} には 0 から {max} までの数を指定してください（指定値「{value}」）',
};

function fraction(option: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const x = Number(value);
  if (value.trim() === '' || !Number.isFinite(x) || x < 0 || x > max) throw new UserError('bad-option', fillLater(BAD_FRACTION, { option, max, value }));
  return x;
}

export function registerTune(program: Command, ctx: CliContext): Command {
  return program
    .command('tune')
    .description('recommend a Lambda memory size from runs at several sizes (REPORT log lines or aws-lambda-power-tuning output); exit 2 when no result can be read')
    .argument('<results...>', 'log files with REPORT lines (text or JSON log format, plain or .gz), or power-tuning output JSON files')
    .option('--strategy <strategy>', `what to optimise: ${STRATEGIES.join(', ')}`, 'cost')
    .option('--weight <0..1>', 'for --strategy balanced: the share of cost against speed (0 = speed only, 1 = cost only)', '0.5')
    .option('--arch <arch>', 'architecture to price: x86_64 or arm64', 'x86_64')
    .option('--region <region>', 'AWS region whose Lambda prices apply', 'us-east-1')
    .option('--discard-top-bottom <0..0.4>', 'fraction of the fastest and of the slowest runs to drop per memory size before averaging', '0.2')
    .option('--format <format>', 'output format: text or json ({results, recommendation, chart})', 'text')
    .option('--chart <file>', 'write the chart of time and cost against memory to this SVG file')
    .option('--output <file>', 'write the report to this file instead of standard output')
    .option('--lang <lang>', 'language of the report and chart: en or ja', 'en')
    .option('--include-request-price', 'let the per-request price weigh in the pick (it is always reported; power tuning leaves it out)')
    .option('--allow-errors', 'recommend a memory size even when some of its invocations failed or timed out (power tuning stops instead)')
    .addHelpText(
      'after',
      '\nCost per invocation = billed ms (the trimmed mean, rounded up to 1 ms) / 1000 x memory GB x the price per GB-second\n(Billed Duration as logged: for SnapStart it already holds the billed restore time); the request price is shown\nbeside it and added only with --include-request-price. From power-tuning output, its own average price is used.\nAverage duration includes init and restore time, as power tuning counts speed. Sizes with errors or timeouts\nare not recommended unless --allow-errors.\nbalanced minimises weight x cost/max cost + (1 - weight) x duration/max duration.\n\nExample:\n  slens tune run-128.log run-512.log run-1024.log --strategy balanced --weight 0.3 --arch arm64 --chart tune.svg\n',
    )
    .action(async (files: string[], opts: TuneOptions) => {
      const strategy = choose('strategy', opts.strategy, STRATEGIES, 'cost');
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = choose('lang', opts.lang, LANGS, 'en');
      const weight = fraction('weight', opts.weight, 0.5, 1);
      const discard = fraction('discard-top-bottom', opts.discardTopBottom, 0.2, 0.4);
      const { checkArch, lambdaPrices } = await import('../../analyze/pricing/lambda.js');
      const { PRICES_AS_OF } = await import('../../analyze/pricing/prices.js');
      const arch = checkArch(opts.arch);
      const region = opts.region ?? 'us-east-1';
      const prices = lambdaPrices(region, arch);
      const { loadTuneInput } = await import('../../analyze/tune/load.js');
      const { analyzeTuning, rowsFromAverages, rowsFromSamples } = await import('../../analyze/tune/analyze.js');
      const { TUNE_MESSAGES } = await import('../../analyze/tune/messages.js');
      const { readSummary, readMessage } = await import('../../analyze/read/summary.js');
      const { formatTuneText, tuneChart } = await import('../../report/tune.js');

      const input = await loadTuneInput(files);
      const errors = input.stats.fileErrors.length > 0 || input.stats.bad > 0;
      if (errors) for (const line of readSummary(input.stats, lang)) ctx.stderr(`slens: ${line}\n`);
      if (input.stats.fileErrors.length === files.length) throw new UserError('no-input', readMessage('nothingReadable', lang), { file: files[0] });
      const withRequest = opts.includeRequestPrice === true;
      const rows = input.points.length > 0 ? rowsFromAverages(input.points, prices, withRequest) : rowsFromSamples(input.samples, discard, prices, withRequest);
      if (rows.length === 0) throw new UserError('no-reports', TUNE_MESSAGES.noResults, { file: files[0] });
      const analysis = analyzeTuning(rows, { strategy, weight, allowErrors: opts.allowErrors === true });
      const svg = tuneChart(analysis, lang);
      if (opts.chart) emit(ctx, svg, opts.chart);
      const body =
        format === 'json'
          ? JSON.stringify({ ...analysis, chart: { path: opts.chart ?? null, svg } }, null, 2)
          : formatTuneText(analysis, { lang, region, arch, asOf: PRICES_AS_OF, discard: input.points.length > 0 ? undefined : discard, includeRequestPrice: withRequest, ...(opts.chart ? { chartPath: opts.chart } : {}) });
      emit(ctx, body, opts.output);
      ctx.exitCode = input.stats.fileErrors.length > 0 ? 2 : 0;
    });
}
