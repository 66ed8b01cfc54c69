// `slens template …`: create, list, show, update, delete and apply review templates (thin over src/review/templates.ts).
// Answers come from a JSON file (a list of answers, or {"answers": [...]}) or from an existing workload.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { collect, DATABASE_HELP, helpOnEverySubcommand, json, LANG_OPTION, langOption, listOption, withService } from '../review-cli.js';
import { readInputJson } from '../read-input.js';
import { UserError } from '../../util/errors.js';
import { fill, type Lang, type Localized } from '../../util/i18n.js';
import type { ReviewService } from '../../review/service.js';
import type { AnswerGiven, TemplateInput } from '../../review/templates.js';
import type { TemplateView } from '../../review/template-model.js';

const FORMATS = ['text', 'json'] as const;
const MAX_ANSWERS_BYTES = 8 * 1024 * 1024;

const TEXT = {
  deleted: { en: 'slens: deleted review template "{name}" ({id}); answers that came from it stay as plain answers\n', ja: 'slens: レビューテンプレート「{name}」（{id}）を削除しました。このテンプレートから来た回答は通常の回答として残ります\n' },
  applied: { en: 'slens: applied "{name}" to {count} question(s) of workload "{workload}"\n', ja: 'slens: 「{name}」をワークロード「{workload}」の{count}問に適用しました\n' },
  skippedLenses: { en: 'slens: the workload does not review lens(es) {lenses}; apply them first to take those answers\n', ja: 'slens: ワークロードはレンズ {lenses} をレビューしていません。その回答を使うには先にレンズを適用してください\n' },
  badFile: { en: '{path}: {message}', ja: '{path}: {message}' },
  both: { en: 'give either --answers or --from-workload, not both', ja: '--answers と --from-workload はどちらか一方だけを指定してください' },
  none: { en: '(no review templates)', ja: '（レビューテンプレートはありません）' },
  header: { en: '{name}  (id {id}, version {version}, lenses {lenses}, {linked} workload(s), changed by {by} at {at})', ja: '{name}（ID {id}、バージョン {version}、レンズ {lenses}、ワークロード{linked}件、{at} に {by} が変更）' },
  notApplicable: { en: 'does not apply ({reason})', ja: '該当しない（{reason}）' },
  choiceNa: { en: 'not applicable: {choices}', ja: '該当しない選択肢: {choices}' },
} as const satisfies Record<string, Localized>;

/** A file's answers: the file is a list of answers, or an object whose `answers` is one (else undefined). */
function answersListOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  const answers = data !== null && typeof data === 'object' ? (data as { answers?: unknown }).answers : undefined;
  return Array.isArray(answers) ? answers : undefined;
}

/** The answers of a JSON file, each checked for its shape (the service checks them against the lens). */
async function answersFile(file: string): Promise<AnswerGiven[]> {
  const { templateAnswerInputModel } = await import('../../review/template-model.js');
  const data = readInputJson(file, MAX_ANSWERS_BYTES);
  // The CLI starts without zod (every command is registered at start-up); the answers' model is loaded here.
  const list = answersListOf(data);
  if (!list) throw new UserError('invalid-answers', { en: `${file}: expected a list of answers or {"answers": [...]}`, ja: `${file}: 回答のリストか {"answers": [...]} の形式にしてください` }, { file });
  return list.map((item, index) => {
    const parsed = templateAnswerInputModel.safeParse(item);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const path = ['answers', index, ...(issue?.path ?? [])].join('.');
    throw new UserError('invalid-answers', { en: fill(TEXT.badFile.en, { path, message: issue?.message ?? 'invalid' }), ja: fill(TEXT.badFile.ja, { path, message: issue?.message ?? '正しくありません' }) }, { file });
  });
}

interface AnswerOptions {
  answers?: string;
  fromWorkload?: string;
  questions?: string;
}

async function answersFrom(service: ReviewService, opts: AnswerOptions, lensAliases: string[]): Promise<AnswerGiven[] | undefined> {
  if (opts.answers !== undefined && opts.fromWorkload !== undefined) throw new UserError('bad-usage', TEXT.both);
  if (opts.answers !== undefined) return answersFile(opts.answers);
  if (opts.fromWorkload === undefined) return undefined;
  const { answersOfWorkload } = await import('../../review/templates.js');
  return answersOfWorkload(service, opts.fromWorkload, lensAliases, listOption(opts.questions));
}

function templateText(t: TemplateView, lang: Lang): string {
  const lines = [fill(TEXT.header[lang], { name: t.templateName, id: t.templateId, version: t.version, lenses: t.lensAliases.join(', '), linked: t.linkedWorkloads, by: t.updatedBy, at: t.updatedAt })];
  if (t.description) lines.push(`  ${t.description}`);
  if (t.notes) lines.push(`  ${t.notes.replace(/\n/g, '\n  ')}`);
  for (const a of t.answers) {
    const what = a.isApplicable ? a.selectedChoices.join(', ') || '-' : fill(TEXT.notApplicable[lang], { reason: a.reason ?? 'OTHER' });
    const na = a.notApplicableChoices.length > 0 ? `; ${fill(TEXT.choiceNa[lang], { choices: a.notApplicableChoices.map((c) => `${c.choiceId} (${c.reason})`).join(', ') })}` : '';
    lines.push(`  ${a.lensAlias} ${a.questionId}: ${what}${na}${a.notes ? ` — ${a.notes.split('\n')[0]}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function answerOptions(command: Command): Command {
  return command
    .option('--answers <file>', 'JSON file: a list of answers {lensAlias, questionId, selectedChoices, isApplicable, reason, notes, notApplicableChoices}')
    .option('--from-workload <workload>', "copy the workload's answered questions (of the template's lenses)")
    .option('--questions <list>', 'with --from-workload: only these question ids, comma-separated');
}

export function registerTemplate(program: Command, ctx: CliContext): Command {
  const group = program.command('template').description('review templates: answers many workloads share, applied to new or existing workloads').addHelpText('after', DATABASE_HELP);

  answerOptions(
    group
      .command('create')
      .description('create a review template from a JSON file of answers or from a workload')
      .requiredOption('--name <name>', 'template name: 3 to 100 characters, unique (case-insensitive)')
      .option('--description <text>', 'what the template is for (at most 250 characters)')
      .option('--notes <text>', 'notes for the whole template')
      .option('--lens <alias>', 'lens the template answers questions of (default serverless); repeat for several', collect),
  )
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (opts: AnswerOptions & { name: string; description?: string; notes?: string; lens?: string[]; format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const lensAliases = opts.lens ?? ['serverless'];
      const { createTemplate } = await import('../../review/templates.js');
      const { LOCAL_EDITOR } = await import('../../review/template-apply.js');
      const view = await withService(lang, async (s) =>
        createTemplate(s, { templateName: opts.name, description: opts.description, notes: opts.notes, lensAliases, answers: await answersFrom(s, opts, lensAliases) }, LOCAL_EDITOR),
      );
      emit(ctx, format === 'json' ? json(view) : templateText(view, lang));
    });

  group
    .command('list')
    .description('list review templates with their lenses and answered questions')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { listTemplates } = await import('../../review/templates.js');
      const list = await withService(lang, (s) => listTemplates(s));
      emit(ctx, format === 'json' ? json({ reviewTemplates: list }) : list.length === 0 ? `${TEXT.none[lang]}\n` : list.map((t) => templateText(t, lang)).join('\n'));
    });

  group
    .command('show')
    .description('show one review template with its answers')
    .argument('<template>', 'template id or name')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { getTemplate } = await import('../../review/templates.js');
      const view = await withService(lang, (s) => getTemplate(s, ref));
      emit(ctx, format === 'json' ? json(view) : templateText(view, lang));
    });

  answerOptions(
    group
      .command('update')
      .description("change a review template; workloads' answers from it that they did not override change with it")
      .argument('<template>', 'template id or name')
      .option('--name <name>', 'new name')
      .option('--description <text>', 'new description')
      .option('--notes <text>', 'new notes for the whole template')
      .option('--lens <alias>', 'the lenses it answers (replaces the list); repeat for several', collect)
      .option('--expect-version <n>', 'the version you read: refused if the template changed since'),
  )
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: AnswerOptions & { name?: string; description?: string; notes?: string; lens?: string[]; expectVersion?: string; format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { getTemplate, updateTemplate } = await import('../../review/templates.js');
      const { LOCAL_EDITOR } = await import('../../review/template-apply.js');
      const version = opts.expectVersion === undefined ? undefined : Number(opts.expectVersion);
      if (version !== undefined && !Number.isInteger(version)) throw new UserError('bad-usage', { en: `--expect-version must be a whole number (got "${opts.expectVersion}")`, ja: `--expect-version には整数を指定してください（「${opts.expectVersion}」）` });
      const view = await withService(lang, async (s) => {
        const current = await getTemplate(s, ref);
        const input: TemplateInput = { templateName: opts.name, description: opts.description, notes: opts.notes, lensAliases: opts.lens, version, answers: await answersFrom(s, opts, opts.lens ?? current.lensAliases) };
        return updateTemplate(s, current.templateId, input, LOCAL_EDITOR);
      });
      emit(ctx, format === 'json' ? json(view) : templateText(view, lang));
    });

  group
    .command('delete')
    .description('delete a review template; answers that came from it stay as plain answers')
    .argument('<template>', 'template id or name')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { lang?: string }) => {
      const lang = langOption(opts.lang);
      const { deleteTemplate } = await import('../../review/templates.js');
      const deleted = await withService(lang, (s) => deleteTemplate(s, ref));
      ctx.stderr(fill(TEXT.deleted[lang], { name: deleted.templateName, id: deleted.templateId }));
    });

  group
    .command('apply')
    .description("apply a review template to an existing workload: its answers replace the workload's and follow the template")
    .argument('<template>', 'template id or name')
    .requiredOption('--workload <workload>', 'workload id or name')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { workload: string; format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { applyTemplate } = await import('../../review/templates.js');
      const { LOCAL_EDITOR } = await import('../../review/template-apply.js');
      const result = await withService(lang, async (s) => ({ ...(await applyTemplate(s, opts.workload, ref, LOCAL_EDITOR)), workloadName: (await s.resolveWorkload(opts.workload)).name }));
      if (format === 'json') emit(ctx, json(result));
      else {
        ctx.stderr(fill(TEXT.applied[lang], { name: result.templateName, count: result.applied.length, workload: result.workloadName }));
        if (result.skippedLenses.length > 0) ctx.stderr(fill(TEXT.skippedLenses[lang], { lenses: result.skippedLenses.join(', ') }));
      }
    });

  helpOnEverySubcommand(group, DATABASE_HELP);
  return group;
}
