// `slens answer <workload> <questionId>`: select choices, mark a question not applicable, write notes.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { DATABASE_HELP, json, LANG_OPTION, langOption, listOption, reasonOption, withService } from '../review-cli.js';

interface AnswerOptions {
  lens?: string;
  choices?: string;
  notApplicable?: string;
  notes?: string;
  format?: string;
  lang?: string;
}

export function registerAnswer(program: Command, ctx: CliContext): Command {
  return program
    .command('answer')
    .description('answer one question of a lens review; the risk follows from the lens risk rules (nothing is stored when the answer is refused)')
    .argument('<workload>', 'workload id or name')
    .argument('<questionId>', 'question id, e.g. OPS1')
    .option('--lens <alias>', 'lens alias (needed when the workload has several lenses)')
    .option('--choices <ids>', 'selected choice ids, comma-separated; "<questionId>_no" is "None of these" and stands alone; "" clears the selection')
    .option('--not-applicable <reason>', 'the question does not apply: out-of-scope, business-priorities, architecture-constraints or other')
    .option('--notes <text>', 'notes, at most 2,084 characters (an emoji or a Japanese character counts as one)')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .addHelpText('after', DATABASE_HELP)
    .action(async (workload: string, questionId: string, opts: AnswerOptions) => {
      const format = choose('format', opts.format, ['text', 'json'] as const, 'text');
      const lang = langOption(opts.lang);
      const { answerText } = await import('../review-format.js');
      const notApplicable = opts.notApplicable !== undefined;
      const view = await withService(lang, (s) =>
        s.updateAnswer(
          workload,
          opts.lens,
          questionId,
          {
            selectedChoices: listOption(opts.choices),
            isApplicable: notApplicable ? false : opts.choices !== undefined ? true : undefined,
            reason: notApplicable ? reasonOption(opts.notApplicable as string) : undefined,
            notes: opts.notes,
          },
          lang,
        ),
      );
      emit(ctx, format === 'json' ? json(view) : answerText(view, lang));
    });
}
