// `slens answer <workload> <questionId>`: select choices, mark a question not applicable, write notes.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { DATABASE_HELP, json, LANG_OPTION, langOption, listOption, reasonOption, withService } from '../review-cli.js';
import { UserError } from '../../util/errors.js';
import { fill, fillLater, type Localized } from '../../util/i18n.js';

const BAD_MARK: Localized = {
  en: '--choice-not-applicable takes <choiceId>=<reason>, e.g. ops1_tracing=out-of-scope (got "{value}")',
  ja: '--choice-not-applicable には <選択肢ID>=<理由> を指定します。例: ops1_tracing=out-of-scope（指定値「{value}」）',
};

const CHOICE_NA: Localized = { en: 'Not applicable: {choiceId} ({reason})', ja: '該当しない: {choiceId}（{reason}）' };

/** "ops1_tracing=out-of-scope" → a choice mark (the service checks the id and the reason). */
function markOf(value: string): { choiceId: string; reason: string } {
  const at = value.indexOf('=');
  if (at <= 0 || at === value.length - 1) throw new UserError('bad-option', fillLater(BAD_MARK, { value }));
  return { choiceId: value.slice(0, at).trim(), reason: reasonOption(value.slice(at + 1)) };
}

interface AnswerOptions {
  lens?: string;
  choices?: string;
  notApplicable?: string;
  notes?: string;
  choiceNotApplicable: string[];
  choiceApplicable?: string;
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
    .option('--choice-not-applicable <id=reason>', 'a best practice that does not apply, with its reason (out-of-scope, business-priorities, architecture-constraints, other, none); repeatable', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--choice-applicable <ids>', 'choices that apply again (comma-separated); choosing a choice with --choices does this too')
    .option('--notes <text>', 'notes, at most 2,084 characters (an emoji or a Japanese character counts as one)')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .addHelpText('after', DATABASE_HELP)
    .action(async (workload: string, questionId: string, opts: AnswerOptions) => {
      const format = choose('format', opts.format, ['text', 'json'] as const, 'text');
      const lang = langOption(opts.lang);
      const { answerText } = await import('../review-format.js');
      const notApplicable = opts.notApplicable !== undefined;
      const marks = [
        ...opts.choiceNotApplicable.map(markOf),
        ...(listOption(opts.choiceApplicable) ?? []).map((choiceId) => ({ choiceId, reason: null })),
        ...(listOption(opts.choices) ?? []).filter((id) => !opts.choiceNotApplicable.some((m) => m.startsWith(`${id}=`))).map((choiceId) => ({ choiceId, reason: null })),
      ];
      const { markChoices, choiceStatesOf } = await import('../../review/choice-states.js');
      const touchesAnswer = opts.choices !== undefined || notApplicable || opts.notes !== undefined || marks.length === 0;
      const view = await withService(lang, async (s) => {
        const updated = touchesAnswer ? await s.updateAnswer(
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
        ) : undefined;
        const states = marks.length > 0 ? await markChoices(s, workload, opts.lens, questionId, marks) : undefined;
        const view = marks.length > 0 || !updated ? await s.getAnswer(workload, opts.lens, questionId, lang) : updated;
        return { ...view, choiceStates: states ?? (await choiceStatesOf(s, workload, opts.lens)).get(questionId) ?? [] };
      });
      const naLines = view.choiceStates.filter((c) => c.status === 'NOT_APPLICABLE').map((c) => fill(CHOICE_NA[lang], { choiceId: c.choiceId, reason: c.reason ?? 'NONE' }));
      emit(ctx, format === 'json' ? json(view) : [answerText(view, lang).replace(/\n$/, ''), ...naLines].join('\n'));
    });
}
