// `slens workload …`: create, list, show, delete, export and import workloads (thin over src/review).
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { collect, DATABASE_HELP, helpOnEverySubcommand, json, LANG_OPTION, langOption, listOption, withService } from '../review-cli.js';
import { UserError } from '../../util/errors.js';
import { fill, type Localized } from '../../util/i18n.js';
import { readInputJson } from '../read-input.js';
import { BUILTIN_LENS_ALIAS } from '../../lens/builtin.js';

const FORMATS = ['text', 'json'] as const;
/** An export holds its lens documents (at most 500,000 characters each) and answers: far below this. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

interface CreateOptions {
  name: string;
  description?: string;
  environment?: string;
  regions?: string;
  accounts?: string;
  owner?: string;
  diagram?: string;
  industry?: string;
  priorities?: string;
  lens?: string[];
  template?: string[];
  format?: string;
  lang?: string;
}

const DELETED: Localized = { en: 'slens: deleted workload "{name}" ({id})\n', ja: 'slens: ワークロード「{name}」（{id}）を削除しました\n' };

export function registerWorkload(program: Command, ctx: CliContext): Command {
  const group = program.command('workload').description('create, list, show, delete, export and import workloads under review').addHelpText('after', DATABASE_HELP);

  group
    .command('create')
    .description('create a workload and apply lenses to it')
    .requiredOption('--name <name>', 'workload name: 3 to 100 characters, unique (case-insensitive)')
    .option('--description <text>', 'what the workload does (at most 250 characters)')
    .option('--environment <env>', 'PRODUCTION (default) or PREPRODUCTION')
    .option('--regions <list>', 'AWS Regions, comma-separated (free text)')
    .option('--accounts <list>', 'AWS account ids, comma-separated (free text)')
    .option('--owner <name>', 'review owner')
    .option('--diagram <url>', 'link to the architecture diagram (http or https)')
    .option('--industry <text>', 'industry')
    .option('--priorities <list>', 'pillar ids in order of priority, comma-separated (e.g. security,reliability)')
    .option('--lens <alias>', 'lens to apply: serverless (built-in, the default) or an imported lens alias; repeat for several', collect)
    .option('--template <template>', 'review template (id or name) whose lenses and answers to apply; repeat for several', collect)
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (opts: CreateOptions) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { workloadText } = await import('../review-format.js');
      const view = await withService(lang, (s) =>
        s.createWorkload({
          workloadName: opts.name,
          description: opts.description,
          environment: opts.environment?.toUpperCase() as 'PRODUCTION' | undefined,
          awsRegions: listOption(opts.regions),
          accountIds: listOption(opts.accounts),
          reviewOwner: opts.owner,
          architecturalDesign: opts.diagram,
          industry: opts.industry,
          pillarPriorities: listOption(opts.priorities),
          lenses: opts.lens ?? (opts.template ? [] : [BUILTIN_LENS_ALIAS]),
          reviewTemplates: opts.template,
        }),
      );
      emit(ctx, format === 'json' ? json(view) : workloadText(view, lang));
    });

  group
    .command('list')
    .description('list workloads with their lenses and risk counts')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { workloadListText } = await import('../review-format.js');
      const workloads = await withService(lang, (s) => s.listWorkloads());
      emit(ctx, format === 'json' ? json({ workloads }) : workloadListText(workloads, lang));
    });

  group
    .command('show')
    .description('show one workload: its fields, lenses and risk counts')
    .argument('<workload>', 'workload id or name')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { workloadText } = await import('../review-format.js');
      const view = await withService(lang, (s) => s.getWorkload(ref));
      emit(ctx, format === 'json' ? json(view) : workloadText(view, lang));
    });

  group
    .command('delete')
    .description('delete a workload with its lens reviews, answers and milestones')
    .argument('<workload>', 'workload id or name')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { lang?: string }) => {
      const lang = langOption(opts.lang);
      const deleted = await withService(lang, (s) => s.deleteWorkload(ref));
      ctx.stderr(fill(DELETED[lang], { name: deleted.name, id: deleted.id }));
    });

  group
    .command('export')
    .description('write a whole workload (lens documents, answers, milestones) as one JSON document')
    .argument('<workload>', 'workload id or name')
    .option('--output <file>', 'write to this file instead of standard output')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { output?: string; lang?: string }) => {
      const lang = langOption(opts.lang);
      const { exportWorkload } = await import('../../review/transfer.js');
      emit(ctx, json(await withService(lang, (s) => exportWorkload(s, ref))), opts.output);
    });

  group
    .command('import')
    .description('import a workload written by "slens workload export" (keeps its id when free)')
    .argument('<file>', 'the exported JSON file')
    .option('--name <name>', 'import under this name (e.g. a copy beside the original)')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (file: string, opts: { name?: string; format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const data = readInputJson(file, MAX_IMPORT_BYTES);
      const { importWorkload } = await import('../../review/transfer.js');
      const { isReviewError } = await import('../../review/errors.js');
      const { workloadText } = await import('../review-format.js');
      const view = await withService(lang, (s) =>
        importWorkload(s, data, { name: opts.name }).catch((error: unknown) => {
          // A malformed export is the file's fault: name the file rather than the API's "body" field.
          if (isReviewError(error) && error.fields[0]?.field === 'body') throw new UserError(error.code, error.fields[0].message, { file });
          throw error;
        }),
      );
      if (view.missingTemplates && format === 'text') {
        const { MISSING_TEMPLATES } = await import('../../review/transfer-templates.js');
        ctx.stderr(`slens: ${fill(MISSING_TEMPLATES[lang], { names: view.missingTemplates.map((m) => (lang === 'ja' ? `「${m.templateName}」` : `"${m.templateName}"`)).join(', ') })}\n`);
      }
      emit(ctx, format === 'json' ? json(view) : workloadText(view, lang));
    });

  helpOnEverySubcommand(group, DATABASE_HELP);
  return group;
}
