// `slens lens …`: validate, show, export and evaluate lenses in the AWS custom-lens format.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import { LANGS, type Lang } from '../../util/i18n.js';

const LANG_HELP = 'language of the built-in lens and of the messages: en or ja';
const MESSAGES_LANG_HELP = 'language of the messages: en or ja';

function langOf(value: string | undefined): Lang {
  return choose('lang', value, LANGS, 'en');
}

export function registerLens(program: Command, ctx: CliContext): Command {
  const lens = program
    .command('lens')
    .description('validate, show, export and evaluate Well-Architected lenses (AWS custom-lens JSON format)');

  lens
    .command('validate')
    .description('check lens files against the AWS custom-lens format; exit 0 when all are valid, 2 otherwise')
    .argument('<file...>', 'lens JSON files')
    .option('--format <format>', 'output format: text or json', 'text')
    .option('--lang <lang>', MESSAGES_LANG_HELP, 'en')
    .action(async (files: string[], opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, ['text', 'json'] as const, 'text');
      const lang = langOf(opts.lang);
      const { readLensFile } = await import('../../lens/parse.js');
      const { validationJson, validationText } = await import('../../lens/validation-report.js');
      const results = files.map((file) => readLensFile(file));
      emit(ctx, format === 'json' ? validationJson(results, lang) : validationText(results, lang));
      ctx.exitCode = results.every((r) => r.errors.length === 0) ? EXIT_OK : EXIT_USAGE;
    });

  lens
    .command('show')
    .description('list the pillars, questions and choices of a lens, with counts')
    .argument('<lens>', '"serverless" (the built-in Serverless Lens) or a lens JSON file')
    .option('--lang <lang>', LANG_HELP, 'en')
    .option('--format <format>', 'output format: text or json', 'text')
    .action(async (ref: string, opts: { lang?: string; format?: string }) => {
      const format = choose('format', opts.format, ['text', 'json'] as const, 'text');
      const { resolveLens } = await import('../../lens/resolve.js');
      const { outlineLens, outlineText } = await import('../../lens/present.js');
      const outline = outlineLens(resolveLens(ref, langOf(opts.lang)));
      emit(ctx, format === 'json' ? JSON.stringify(outline, null, 2) : outlineText(outline));
    });

  lens
    .command('export')
    .description('write a lens as AWS custom-lens JSON (importable into the AWS Well-Architected Tool)')
    .argument('[lens]', '"serverless" (the built-in Serverless Lens) or a lens JSON file', 'serverless')
    .option('--lang <lang>', LANG_HELP, 'en')
    .option('--output <file>', 'write to this file instead of standard output')
    .action(async (ref: string, opts: { lang?: string; output?: string }) => {
      const { resolveLens } = await import('../../lens/resolve.js');
      const { serializeLens } = await import('../../lens/parse.js');
      emit(ctx, serializeLens(resolveLens(ref, langOf(opts.lang))), opts.output);
    });

  lens
    .command('risk')
    .description('show the risk a lens gives an answer (for lens authors checking their risk rules)')
    .argument('<lens>', '"serverless" or a lens JSON file')
    .argument('<questionId>', 'question id, e.g. OPS1')
    .argument('[choiceId...]', 'the selected choice ids (none: the question is unanswered)')
    .option('--lang <lang>', LANG_HELP, 'en')
    .option('--format <format>', 'output format: text or json', 'text')
    .action(async (ref: string, questionId: string, choiceIds: string[], opts: { lang?: string; format?: string }) => {
      const format = choose('format', opts.format, ['text', 'json'] as const, 'text');
      const { resolveLens } = await import('../../lens/resolve.js');
      const { answerRisk } = await import('../../lens/answer-risk.js');
      const { riskText } = await import('../../lens/present.js');
      const result = answerRisk(resolveLens(ref, langOf(opts.lang)), questionId, choiceIds);
      const body = { questionId, selectedChoices: choiceIds, risk: result.risk, matchedCondition: result.matchedCondition };
      emit(ctx, format === 'json' ? JSON.stringify(body, null, 2) : riskText(questionId, choiceIds, result));
    });

  return lens;
}
