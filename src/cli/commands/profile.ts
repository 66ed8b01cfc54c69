// `slens profile …`: business-context profiles whose answers mark lens questions prioritized, and attaching one
// to a workload (thin over src/review/profiles.ts and profile-link.ts). Answers come as `--answer q=c1,c2`
// and/or a JSON file ({"profileName", "description", "answers": [{"questionId", "selectedChoiceIds"}]}).
import type { Command } from 'commander';
import { UserError } from '../../util/errors.js';
import { fill, type Lang, type Localized } from '../../util/i18n.js';
import type { ProfileAnswer, ProfileInput, ProfileView } from '../../review/profiles.js';
import { choose, emit, type CliContext } from '../context.js';
import { readInputJson } from '../read-input.js';
import { DATABASE_HELP, helpOnEverySubcommand, json, LANG_OPTION, langOption, withService } from '../review-cli.js';

const FORMATS = ['text', 'json'] as const;
const MAX_FILE_BYTES = 1024 * 1024;
/** Repeatable --answer: each value whole (its commas separate choices, not options). */
const collectRaw = (value: string, previous: string[] = []): string[] => [...previous, value];

const SAY = {
  none: { en: 'No profiles.', ja: 'プロファイルはありません。' },
  deleted: { en: 'slens: deleted profile "{name}"\n', ja: 'slens: プロファイル「{name}」を削除しました\n' },
  attached: { en: 'slens: attached profile "{profile}" to "{workload}"\n', ja: 'slens: プロファイル「{profile}」を「{workload}」に割り当てました\n' },
  detached: { en: 'slens: detached the profile from "{workload}"\n', ja: 'slens: 「{workload}」からプロファイルの割り当てを外しました\n' },
  badAnswer: {
    en: '--answer must be <question>=<choice>[,<choice>…] (got "{value}"); see "slens profile template"',
    ja: '--answer は <質問>=<選択肢>[,<選択肢>…] の形式で指定してください（「{value}」）。「slens profile template」で確認できます',
  },
  badFile: {
    en: 'a profile file is a JSON object with "profileName", "description" and "answers" (a list of {"questionId", "selectedChoiceIds"} or an object of question id to choice ids): {problem}',
    ja: 'プロファイルのファイルは "profileName"、"description"、"answers"（{"questionId", "selectedChoiceIds"} のリスト、または質問 ID から選択肢 ID への対応）を持つ JSON オブジェクトです: {problem}',
  },
  needName: { en: 'give the profile a name with --name or "profileName" in --file', ja: '--name か --file の "profileName" でプロファイル名を指定してください' },
  version: { en: 'version', ja: 'バージョン' },
  prioritized: { en: 'Prioritized questions', ja: '優先する質問' },
  unanswered: { en: '(not answered)', ja: '（未回答）' },
} as const satisfies Record<string, Localized>;

interface FileProfile {
  profileName?: string;
  description?: string;
  answers?: ProfileAnswer[];
}

function fileProblem(file: string, problem: string): UserError {
  return new UserError('bad-profile-file', { en: fill(SAY.badFile.en, { problem }), ja: fill(SAY.badFile.ja, { problem }) }, { file });
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The profile a --file holds; each wrong part named. */
export function readProfileFile(file: string): FileProfile {
  const value = readInputJson(file, MAX_FILE_BYTES);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw fileProblem(file, 'not an object');
  const v = value as Record<string, unknown>;
  const out: FileProfile = {};
  for (const key of Object.keys(v)) if (!['profileName', 'description', 'answers'].includes(key)) throw fileProblem(file, `unknown field "${key.slice(0, 40)}"`);
  if (v.profileName !== undefined) {
    if (typeof v.profileName !== 'string') throw fileProblem(file, '"profileName" is not a string');
    out.profileName = v.profileName;
  }
  if (v.description !== undefined) {
    if (typeof v.description !== 'string') throw fileProblem(file, '"description" is not a string');
    out.description = v.description;
  }
  if (Array.isArray(v.answers)) {
    out.answers = v.answers.map((a: unknown, i) => {
      const entry = a as { questionId?: unknown; selectedChoiceIds?: unknown } | null;
      if (!entry || typeof entry.questionId !== 'string' || !isStringList(entry.selectedChoiceIds)) throw fileProblem(file, `answers[${i}] needs "questionId" (text) and "selectedChoiceIds" (a list of text)`);
      return { questionId: entry.questionId, selectedChoiceIds: entry.selectedChoiceIds };
    });
  } else if (v.answers !== undefined) {
    if (v.answers === null || typeof v.answers !== 'object') throw fileProblem(file, '"answers" is neither a list nor an object');
    out.answers = Object.entries(v.answers).map(([questionId, ids]) => {
      if (!isStringList(ids)) throw fileProblem(file, `answers.${questionId.slice(0, 40)} is not a list of choice ids`);
      return { questionId, selectedChoiceIds: ids };
    });
  }
  return out;
}

/** `q=c1,c2` options, later ones winning; an empty right side clears the question. */
export function parseAnswerOptions(values: readonly string[]): ProfileAnswer[] {
  const byQuestion = new Map<string, string[]>();
  for (const raw of values) {
    const match = /^\s*([^=\s]+)\s*=(.*)$/.exec(raw);
    if (!match) throw new UserError('bad-option', { en: fill(SAY.badAnswer.en, { value: raw }), ja: fill(SAY.badAnswer.ja, { value: raw }) });
    const ids = match[2]!.split(',').map((s) => s.trim()).filter((s) => s !== '');
    byQuestion.set(match[1]!, ids);
  }
  return [...byQuestion].map(([questionId, selectedChoiceIds]) => ({ questionId, selectedChoiceIds }));
}

/** The file's answers with the --answer options laid over them (by question). */
function mergeAnswers(base: readonly ProfileAnswer[] | undefined, options: readonly ProfileAnswer[]): ProfileAnswer[] | undefined {
  if (!base && options.length === 0) return undefined;
  const merged = new Map((base ?? []).map((a) => [a.questionId, a.selectedChoiceIds]));
  for (const a of options) merged.set(a.questionId, a.selectedChoiceIds);
  return [...merged].map(([questionId, selectedChoiceIds]) => ({ questionId, selectedChoiceIds }));
}

async function profileText(p: ProfileView, lang: Lang): Promise<string> {
  const { PROFILE_TEMPLATE } = await import('../../review/profile-template.js');
  const lines = [`${p.profileName}  (${p.profileId}, ${SAY.version[lang]} ${p.version})`];
  if (p.description) lines.push(p.description);
  lines.push('');
  for (const q of PROFILE_TEMPLATE) {
    const chosen = p.answers.find((a) => a.questionId === q.id)?.selectedChoiceIds ?? [];
    const titles = q.choices.filter((c) => chosen.includes(c.id)).map((c) => `${c.title[lang]} [${c.id}]`);
    lines.push(`${q.title[lang]} [${q.id}]`, `  ${titles.length ? titles.join(', ') : SAY.unanswered[lang]}`);
  }
  lines.push('', `${SAY.prioritized[lang]}: ${p.prioritizedQuestions.join(', ') || '-'}`);
  return lines.join('\n');
}

interface EditOptions {
  name?: string;
  description?: string;
  answer?: string[];
  file?: string;
  format?: string;
  lang?: string;
}

function inputOf(opts: EditOptions): ProfileInput {
  const file = opts.file ? readProfileFile(opts.file) : {};
  return {
    profileName: opts.name ?? file.profileName,
    description: opts.description ?? file.description,
    answers: mergeAnswers(file.answers, parseAnswerOptions(opts.answer ?? [])),
  };
}

export function registerProfile(program: Command, ctx: CliContext): Command {
  const group = program
    .command('profile')
    .description('business-context profiles: their answers mark lens questions prioritized for the workload they are attached to')
    .addHelpText('after', `${DATABASE_HELP}A profile is named by its id or its unique name.\n`);
  const print = async (p: ProfileView, format: string, lang: Lang) => emit(ctx, format === 'json' ? json(p) : await profileText(p, lang));

  group
    .command('template')
    .description('the questions a profile answers, their choices, and the lens questions each choice prioritizes')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { profileTemplateView } = await import('../../review/profiles.js');
      const questions = profileTemplateView(lang);
      if (format === 'json') return emit(ctx, json({ questions }));
      emit(ctx, questions.map((q) => [`${q.questionId}: ${q.title} (${q.minSelectedChoices}–${q.maxSelectedChoices})`, ...q.choices.map((c) => `  ${c.choiceId}: ${c.title} → ${c.prioritizes.join(', ') || '-'}`)].join('\n')).join('\n\n'));
    });

  const editOptions = (cmd: Command) =>
    cmd
      .option('--description <text>', 'what the profile describes (at most 250 characters)')
      .option('--answer <question=choices>', 'an answer, e.g. focus=focus_cost,focus_security (repeat for several; "question=" clears one)', collectRaw)
      .option('--file <file>', 'a JSON file with profileName, description and answers (options given win)')
      .option('--format <format>', 'output format: text or json', 'text')
      .option(...LANG_OPTION);

  editOptions(group.command('create').description('create a profile').option('--name <name>', 'profile name: 3 to 100 characters, unique (case-insensitive)')).action(async (opts: EditOptions) => {
    const format = choose('format', opts.format, FORMATS, 'text');
    const lang = langOption(opts.lang);
    const input = inputOf(opts);
    if (!input.profileName) throw new UserError('bad-option', SAY.needName);
    const { createProfile, LOCAL_CALLER } = await import('../../review/profiles.js');
    await print(await withService(lang, (s) => createProfile(s, LOCAL_CALLER, input)), format, lang);
  });

  editOptions(
    group
      .command('update')
      .description('change a profile: options given replace those fields; --file answers replace all answers, --answer changes one question')
      .argument('<profile>', 'profile id or name')
      .option('--name <name>', 'new name'),
  ).action(async (ref: string, opts: EditOptions) => {
    const format = choose('format', opts.format, FORMATS, 'text');
    const lang = langOption(opts.lang);
    const { getProfile, updateProfile, LOCAL_CALLER } = await import('../../review/profiles.js');
    const view = await withService(lang, async (s) => {
      const current = await getProfile(s, LOCAL_CALLER, ref);
      const file = opts.file ? readProfileFile(opts.file) : {};
      const answers = mergeAnswers(file.answers ?? current.answers, parseAnswerOptions(opts.answer ?? []));
      return updateProfile(s, LOCAL_CALLER, current.profileId, { ...inputOf(opts), answers, version: current.version });
    });
    await print(view, format, lang);
  });

  group
    .command('list')
    .description('list profiles')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { listProfiles, LOCAL_CALLER } = await import('../../review/profiles.js');
      const profiles = await withService(lang, (s) => listProfiles(s, LOCAL_CALLER));
      if (format === 'json') return emit(ctx, json({ profiles }));
      if (profiles.length === 0) return emit(ctx, SAY.none[lang]);
      emit(ctx, profiles.map((p) => [p.profileName, p.profileId, `v${p.version}`, p.prioritizedQuestions.join(',') || '-'].join('\t')).join('\n'));
    });

  group
    .command('show')
    .description('show a profile: its answers and the questions they prioritize')
    .argument('<profile>', 'profile id or name')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { getProfile, LOCAL_CALLER } = await import('../../review/profiles.js');
      await print(await withService(lang, (s) => getProfile(s, LOCAL_CALLER, ref)), format, lang);
    });

  group
    .command('delete')
    .description('delete a profile that no workload uses')
    .argument('<profile>', 'profile id or name')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { lang?: string }) => {
      const lang = langOption(opts.lang);
      const { deleteProfile, LOCAL_CALLER } = await import('../../review/profiles.js');
      await withService(lang, (s) => deleteProfile(s, LOCAL_CALLER, ref));
      ctx.stderr(fill(SAY.deleted[lang], { name: ref }));
    });

  group
    .command('attach')
    .description("attach a profile to a workload (replacing the workload's profile)")
    .argument('<profile>', 'profile id or name')
    .requiredOption('--workload <workload>', 'workload id or name')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { workload: string; lang?: string }) => {
      const lang = langOption(opts.lang);
      const { LOCAL_CALLER } = await import('../../review/profiles.js');
      const { attachProfile } = await import('../../review/profile-link.js');
      const done = await withService(lang, (s) => attachProfile(s, LOCAL_CALLER, opts.workload, ref));
      ctx.stderr(fill(SAY.attached[lang], { profile: done.profile.profileName, workload: opts.workload }));
    });

  group
    .command('detach')
    .description('detach the profile from a workload')
    .requiredOption('--workload <workload>', 'workload id or name')
    .option(...LANG_OPTION)
    .action(async (opts: { workload: string; lang?: string }) => {
      const lang = langOption(opts.lang);
      const { detachProfile } = await import('../../review/profile-link.js');
      await withService(lang, (s) => detachProfile(s, opts.workload));
      ctx.stderr(fill(SAY.detached[lang], { workload: opts.workload }));
    });

  helpOnEverySubcommand(group, DATABASE_HELP);
  return group;
}
