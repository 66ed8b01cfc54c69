// `slens cost [templates...] --requests N`: a monthly cost estimate for a serverless workload, with the
// function settings read from the templates when they are given.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { LANGS, fillLater, type Localized } from '../../util/i18n.js';
import { UserError } from '../../util/errors.js';

const FORMATS = ['text', 'json'] as const;
const APIS = ['rest', 'http', 'none'] as const;

interface CostOptions {
  requests?: string;
  duration?: string;
  memory?: string;
  arch?: string;
  region?: string;
  provisioned?: string;
  api?: string;
  apiRequests?: string;
  logBytes?: string;
  retention?: string;
  tracing?: boolean;
  xraySampling?: string;
  freeTier?: boolean;
  savingsPlan?: string;
  format?: string;
  output?: string;
  lang?: string;
}

const BAD_NUMBER: Localized = {
  en: '--{option} must be a number from {min} to {max} (got "{value}")',
  ja: '--{option} には {min} から {max} までの数を指定してください（指定値「{value}」）',
};
const BAD_WHOLE_NUMBER: Localized = {
  en: '--{option} must be a whole number from {min} to {max} (got "{value}")',
  ja: '--{option} には {min} から {max} までの整数を指定してください（指定値「{value}」）',
};
const BAD_RETENTION: Localized = {
  en: '--retention must be one of the values CloudWatch accepts: {days}',
  ja: '--retention には CloudWatch が受け付ける値（{days}）のいずれかを指定してください',
};
const NO_TEMPLATE: Localized = { en: 'no readable template', ja: '読み取れるテンプレートがありません' };
const NO_FUNCTION: Localized = { en: 'the templates declare no Lambda function', ja: 'テンプレートに Lambda 関数がありません' };

function number(option: string, value: string | undefined, fallback: number, min: number, max: number, integer = false): number {
  if (value === undefined) return fallback;
  const x = Number(value.replace(/_/g, ''));
  if (value.trim() === '' || !Number.isFinite(x) || x < min || x > max || (integer && !Number.isInteger(x))) {
    throw new UserError('bad-option', fillLater(integer ? BAD_WHOLE_NUMBER : BAD_NUMBER, { option, min, max, value }));
  }
  return x;
}

export function registerCost(program: Command, ctx: CliContext): Command {
  return program
    .command('cost')
    .description('estimate the monthly cost of a serverless workload (Lambda, API Gateway, CloudWatch Logs, X-Ray, Savings Plans); exit 2 on bad usage or unreadable templates')
    .argument('[templates...]', 'CloudFormation/SAM templates or folders: memory, architecture, tracing, provisioned concurrency, log retention and APIs are read from them')
    .requiredOption('--requests <n>', 'requests per function per month')
    .option('--duration <ms>', 'average billed duration of a request in milliseconds', '100')
    .option('--memory <MB>', 'memory size (without templates)', '128')
    .option('--arch <arch>', 'x86_64 or arm64 (without templates)', 'x86_64')
    .option('--provisioned <n>', 'provisioned concurrency (without templates)', '0')
    .option('--region <region>', 'AWS region whose prices apply', 'us-east-1')
    .option('--api <type>', 'API Gateway in front: rest, http or none (default: what the templates declare, else none)')
    .option('--api-requests <n>', 'API requests per month (default: --requests)')
    .option('--log-bytes <n>', 'log bytes per request, including Lambda\'s START/END/REPORT lines', '500')
    .option('--retention <days>', 'log retention in days when the templates do not set one (default: never expire)')
    .option('--tracing', 'count X-Ray traces for every function (templates: functions with Tracing: Active)')
    .option('--xray-sampling <0..1>', 'share of traced requests X-Ray records', '0.05')
    .option('--free-tier', 'subtract the monthly always-free Lambda and X-Ray allowances')
    .option('--savings-plan <0..0.17>', 'Compute Savings Plan discount on Lambda duration and provisioned concurrency', '0')
    .option('--format <format>', 'output format: text or json', 'text')
    .option('--output <file>', 'write the estimate to this file instead of standard output')
    .option('--lang <lang>', 'language of the estimate: en or ja', 'en')
    .addHelpText('after', '\nExample:\n  slens cost template.yaml --requests 5000000 --duration 120 --free-tier --savings-plan 0.12\n  slens cost --requests 1e6 --memory 1024 --arch arm64 --api rest --region ap-northeast-1 --lang ja\n')
    .action(async (paths: string[], opts: CostOptions) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = choose('lang', opts.lang, LANGS, 'en');
      const requests = number('requests', opts.requests, 0, 0, 1e13);
      const durationMs = number('duration', opts.duration, 100, 1, 900_000);
      const { checkArch, lambdaPrices } = await import('../../analyze/pricing/lambda.js');
      const { PRICES_AS_OF, LOG_RETENTION_DAYS, SAVINGS_PLAN_MAX_DISCOUNT } = await import('../../analyze/pricing/prices.js');
      const region = opts.region ?? 'us-east-1';
      lambdaPrices(region, 'x86_64');
      const retention = opts.retention === undefined ? undefined : number('retention', opts.retention, 0, 1, 3653, true);
      if (retention !== undefined && !(LOG_RETENTION_DAYS as readonly number[]).includes(retention)) {
        throw new UserError('bad-option', fillLater(BAD_RETENTION, { days: LOG_RETENTION_DAYS.join(', ') }));
      }
      const { estimateCost } = await import('../../analyze/cost/estimate.js');
      const { formatCostText } = await import('../../report/cost.js');
      let functions;
      let declaredApi: 'rest' | 'http' | 'none' = 'none';
      if (paths.length > 0) {
        const { readWorkload } = await import('../../analyze/cost/workload.js');
        const { errorText } = await import('../../scan/error-text.js');
        const workload = await readWorkload(paths);
        for (const e of workload.errors) ctx.stderr(`slens: ${e.file}:${e.line}: ${errorText(e, lang)}\n`);
        if (workload.templates === 0) throw new UserError('no-input', NO_TEMPLATE, { file: paths[0] });
        if (workload.functions.length === 0) throw new UserError('no-functions', NO_FUNCTION, { file: paths[0] });
        functions = workload.functions.map((f) => ({ ...f, tracing: f.tracing || Boolean(opts.tracing), retentionDays: f.retentionDays ?? retention }));
        declaredApi = workload.apis.rest > 0 ? 'rest' : workload.apis.http > 0 ? 'http' : 'none';
      } else {
        functions = [
          {
            name: 'function',
            memoryMb: number('memory', opts.memory, 128, 128, 10_240, true),
            arch: checkArch(opts.arch),
            tracing: Boolean(opts.tracing),
            provisioned: number('provisioned', opts.provisioned, 0, 0, 1e6, true),
            retentionDays: retention,
          },
        ];
      }
      const inputs = {
        region,
        requests,
        durationMs,
        functions,
        api: opts.api === undefined ? declaredApi : choose('api', opts.api, APIS, 'none'),
        apiRequests: number('api-requests', opts.apiRequests, requests, 0, 1e13),
        logBytesPerRequest: number('log-bytes', opts.logBytes, 500, 0, 1e9),
        xraySampling: number('xray-sampling', opts.xraySampling, 0.05, 0, 1),
        freeTier: Boolean(opts.freeTier),
        savingsPlan: number('savings-plan', opts.savingsPlan, 0, 0, SAVINGS_PLAN_MAX_DISCOUNT),
      };
      const estimate = estimateCost(inputs);
      const body = format === 'json' ? JSON.stringify({ pricesAsOf: PRICES_AS_OF, currency: 'USD', ...estimate }, null, 2) : formatCostText(estimate, inputs, lang, PRICES_AS_OF);
      emit(ctx, body, opts.output);
    });
}
