// `slens scan <paths...>`: check CloudFormation/SAM templates against the rules of the Serverless Lens.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { choose, emitChunks, type CliContext } from '../context.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import { fill, LANGS, type Localized } from '../../util/i18n.js';
import { UserError } from '../../util/errors.js';

const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
/** Scans with more templates than this show a progress line on a terminal. */
const PROGRESS_THRESHOLD = 50;

interface ScanOptions {
  format?: string;
  output?: string;
  failOn?: string;
  config?: string;
  lang?: string;
  today?: string;
  changedSince?: string;
  includeAdvice?: boolean;
}

const NOTHING_CHANGED: Localized = {
  en: 'slens: no template changed since {ref} (nor includes a changed file); nothing to scan\n',
  ja: 'slens: {ref} 以降に変更されたテンプレート（変更されたファイルを含むものも）はありません。スキャンするものはありません\n',
};

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function checkDate(value: string | undefined): string {
  if (value === undefined) return todayUtc();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UserError('bad-option', `--today must be a date as YYYY-MM-DD (got "${value}")`);
  }
  return value;
}

export function registerScan(program: Command, ctx: CliContext): Command {
  return program
    .command('scan')
    .description(
      'check CloudFormation and SAM templates, Serverless Framework projects and Terraform (folders of *.tf, plan JSON) against the Serverless Lens rules; exit 0 when clean, 1 when findings reach --fail-on, 2 on bad usage or no readable template',
    )
    .argument('<paths...>', 'template files (serverless.yml, plan JSON, a .tf file for its folder) or folders (searched for templates, serverless.yml and folders of *.tf, skipping node_modules, .aws-sam, .aws-composer, .serverless, .terraform, .git and .gitignore\'d paths)')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--output <file>', 'write the report to this file instead of standard output')
    .option('--fail-on <severity>', 'exit 1 when a finding has this severity or higher: error, warning, info or none', 'error')
    .option('--config <file>', 'configuration file (default: .slens.yml in the current directory, when present)')
    .option('--lang <lang>', 'language of messages and headings: en or ja', 'en')
    .option('--changed-since <ref>', 'scan only the templates changed since this git revision (branch, tag or commit), and the templates that include them (nested stacks, code folders, Terraform modules)')
    .option('--include-advice', 'also report the advice rules (code signing, gradual deployment) as findings; their answers count as lens evidence either way (config: includeAdvice: true)')
    .option('--today <date>', 'the scan date (YYYY-MM-DD, default today in UTC) that runtime deprecation dates are compared with')
    .addHelpText(
      'after',
      '\nSuppress a finding in the template with a reason:\n  Metadata:\n    slens:\n      ignore:\n        - rule: lambda-tracing   # rule id or alias such as WS1000\n          reason: traced by the caller\n\nSee docs/scan.md for the JSON contract, suppressions and .slens.yml.\n',
    )
    .action(async (paths: string[], opts: ScanOptions) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const failOn = choose('fail-on', opts.failOn, FAIL_ON, 'error');
      const lang = choose('lang', opts.lang, LANGS, 'en');
      const today = checkDate(opts.today);
      const cwd = process.cwd();
      const missing = paths.filter((p) => !existsSync(resolve(cwd, p)));
      if (missing.length === paths.length) throw new UserError('no-input', `no such file or folder: ${missing.join(', ')}`, { file: missing[0] });

      const { loadConfig } = await import('../../scan/config.js');
      const { iacLoader } = await import('../../scan/iac-loader.js');
      const { scanFilesParallel } = await import('../../scan/scan-parallel.js');
      const { scanReportChunks } = await import('../../report/index.js');
      const { severityRank } = await import('../../rules/types.js');

      const config = loadConfig(opts.config, cwd);
      if (opts.includeAdvice) config.includeAdvice = true;
      const loader = iacLoader();
      const discovery = await loader.discover(paths.filter((p) => !missing.includes(p)));
      const discoveryErrors = [
        ...missing.map((file) => ({ file, line: 1, code: 'not-found', message: 'no such file or folder' })),
        ...discovery.errors,
      ];
      let files = discovery.files;
      if (opts.changedSince !== undefined) {
        const { changedFilesSince, touchedTemplates } = await import('../../scan/changed-since.js');
        files = touchedTemplates(files, changedFilesSince(opts.changedSince, cwd), cwd);
      }
      let lastDraw = 0;
      const result = await scanFilesParallel(files, {
        config,
        today,
        cwd,
        discoveryErrors,
        // Findings as compact records (in a temporary file once large): memory flat in the template count.
        store: true,
        onProgress: (done, total) => {
          // Asked only of scans big enough to show progress: asking builds process.stdout when it is a terminal.
          if (total < PROGRESS_THRESHOLD || !ctx.isTTY) return;
          const now = Date.now();
          if (now - lastDraw < 100 && done < total) return;
          lastDraw = now;
          ctx.stderr(done < total ? `\rslens: scanned ${done}/${total} templates` : '\r\u001b[K');
        },
      });
      const { version } = await import('../../scan/version.js');
      const { batched } = await import('../../util/json-chunks.js');
      const { FindingStore, severityCounts } = await import('../../scan/finding-store.js');
      const counts = severityCounts(result.findings);
      try {
        const body = scanReportChunks(result, format, { lang, color: format === 'text' && ctx.isTTY && !opts.output, toolVersion: version() });
        emitChunks(ctx, batched(body), opts.output);
      } finally {
        for (const list of [result.findings, result.suppressed]) if (list instanceof FindingStore) list.close();
      }
      if (opts.changedSince !== undefined && files.length === 0 && discovery.files.length > 0) {
        // In CI a change that touches no template is a clean run, not bad usage.
        ctx.stderr(fill(NOTHING_CHANGED[lang], { ref: opts.changedSince }));
        ctx.exitCode = EXIT_OK;
        return;
      }
      if (result.files.length === 0) {
        ctx.stderr(`slens: no readable template found in ${paths.join(', ')}\n`);
        ctx.exitCode = EXIT_USAGE;
        return;
      }
      const threshold = failOn === 'none' ? Infinity : severityRank(failOn);
      ctx.exitCode = (['error', 'warning', 'info'] as const).some((severity) => counts[severity] > 0 && severityRank(severity) >= threshold) ? EXIT_FINDINGS : EXIT_OK;
    });
}
