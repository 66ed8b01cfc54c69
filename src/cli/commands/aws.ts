// `slens aws push|pull`: a workload's review to and from the AWS Well-Architected Tool (src/wa/push.ts, pull.ts).
// Credentials and region come from the AWS SDK's standard chain; slens stores none of them.
import type { Command } from 'commander';
import { fill, type Lang, type Localized } from '../../util/i18n.js';
import { choose, emit, type CliContext } from '../context.js';
import { DATABASE_HELP, helpOnEverySubcommand, json, LANG_OPTION, langOption, withService } from '../review-cli.js';
import type { PlannedCall, SyncConflict } from '../../wa/push.js';

const FORMATS = ['text', 'json'] as const;
const EXIT_CONFLICTS = 1;

const SAY = {
  pushed: {
    en: 'slens: pushed "{name}" to W-A Tool workload {id}{created}: {written} answers written, {unchanged} already the same',
    ja: 'slens: 「{name}」を W-A Tool のワークロード {id}{created} にプッシュしました。回答の書き込み {written} 件、変更なし {unchanged} 件',
  },
  created: { en: ' (created)', ja: '（新規作成）' },
  milestone: { en: 'slens: W-A Tool milestone {number} "{name}" recorded', ja: 'slens: W-A Tool のマイルストーン {number}「{name}」を記録しました' },
  milestoneSkipped: { en: 'slens: no milestone recorded while answers conflict', ja: 'slens: 回答が競合しているため、マイルストーンは記録していません' },
  dryRun: { en: 'slens: dry run; these calls would be made (nothing was changed):', ja: 'slens: ドライランです。次の呼び出しを行います（何も変更していません）:' },
  dryRunPull: { en: 'slens: dry run; these changes would be made in slens (nothing was changed):', ja: 'slens: ドライランです。slens で次の変更を行います（何も変更していません）:' },
  nothing: { en: '  (none)', ja: '  （なし）' },
  conflict: { en: 'conflict {lens} {question}:\n  slens:       {ours}\n  W-A Tool:    {theirs}', ja: '競合 {lens} {question}:\n  slens:       {ours}\n  W-A Tool:    {theirs}' },
  conflictsPush: {
    en: 'slens: {count} answers were changed in the W-A Tool since the last sync and differ from slens; they were left alone. Compare them above, then push with --force to overwrite them (or pull to take them)',
    ja: 'slens: {count} 件の回答が前回の同期後に W-A Tool で変更されており、slens と異なるため変更していません。上の内容を比べてから、--force 付きでプッシュして上書きするか、プルして取り込んでください',
  },
  conflictsPull: {
    en: 'slens: {count} answers were changed in slens since the last sync and differ from the W-A Tool; they were left alone. Compare them above, then pull with --force to overwrite them (or push to send them)',
    ja: 'slens: {count} 件の回答が前回の同期後に slens で変更されており、W-A Tool と異なるため変更していません。上の内容を比べてから、--force 付きでプルして上書きするか、プッシュして送ってください',
  },
  pulled: {
    en: 'slens: pulled W-A Tool workload {id} into "{name}"{created}: {written} answers written, {unchanged} already the same',
    ja: 'slens: W-A Tool のワークロード {id} を「{name}」{created}に取り込みました。回答の書き込み {written} 件、変更なし {unchanged} 件',
  },
  createdLocal: { en: ' (new workload)', ja: '（新しいワークロード）' },
  skippedLens: { en: 'slens: lens {lens} was skipped: slens has no copy of this AWS-managed lens', ja: 'slens: レンズ {lens} は飛ばしました。slens にはこの AWS 管理のレンズがありません' },
} as const satisfies Record<string, Localized>;

interface TargetOpts {
  region?: string;
  profile?: string;
  endpointUrl?: string;
  dryRun?: boolean;
  force?: boolean;
  format?: string;
  lang?: string;
}

function callLines(calls: readonly PlannedCall[], lang: Lang): string[] {
  return calls.length ? calls.map((c) => `  ${c.operation} ${JSON.stringify(c.input)}`) : [SAY.nothing[lang]];
}

function conflictLines(conflicts: readonly SyncConflict[], lang: Lang): string[] {
  return conflicts.map((c) => fill(SAY.conflict[lang], { lens: c.lens, question: c.questionId, ours: c.ours, theirs: c.theirs }));
}

function targetOf(opts: TargetOpts) {
  return { region: opts.region, profile: opts.profile, endpointUrl: opts.endpointUrl };
}

function withTargetOptions(command: Command): Command {
  return command
    .option('--region <region>', 'AWS Region of the W-A Tool (default: AWS_REGION or the profile\'s region)')
    .option('--profile <name>', 'AWS profile for credentials and region (default: the SDK\'s standard chain: environment, AWS_PROFILE, SSO, instance role)')
    .option('--endpoint-url <url>', 'another W-A API endpoint, e.g. a second "slens serve" at http://127.0.0.1:3001/aws')
    .option('--dry-run', 'print what would be done and change nothing')
    .option('--force', 'overwrite answers that the other side changed since the last sync')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION);
}

export function registerAws(program: Command, ctx: CliContext): Command {
  const group = program
    .command('aws')
    .description('push a review to the AWS Well-Architected Tool, or pull one from it (credentials from the AWS SDK\'s standard chain; nothing of them is stored)');

  withTargetOptions(
    group
      .command('push')
      .description('write the workload\'s answers (Serverless Lens as the official "serverless" lens, custom lenses published) into a W-A Tool workload')
      .argument('<workload>', 'slens workload id or name')
      .option('--aws-workload-id <id>', 'the W-A Tool workload to write into (default: the one this workload was last synced with)')
      .option('--create', 'create the W-A Tool workload')
      .option('--milestone <name>', 'record a W-A Tool milestone after the answers'),
  ).action(async (workload: string, opts: TargetOpts & { awsWorkloadId?: string; create?: boolean; milestone?: string }) => {
    const format = choose('format', opts.format, FORMATS, 'text');
    const lang = langOption(opts.lang);
    const { sdkCaller } = await import('../../wa/aws-client.js');
    const { push } = await import('../../wa/push.js');
    const caller = await sdkCaller(targetOf(opts));
    const result = await withService(lang, (s) =>
      push(s, caller, { workload, awsWorkloadId: opts.awsWorkloadId, create: opts.create, dryRun: opts.dryRun, force: opts.force, milestone: opts.milestone, lang, target: targetOf(opts) }),
    );
    if (result.conflicts.length > 0) ctx.exitCode = EXIT_CONFLICTS;
    if (format === 'json') return emit(ctx, json(result));
    const lines: string[] = [];
    if (result.dryRun) lines.push(SAY.dryRun[lang], ...callLines(result.calls, lang));
    else {
      const name = (await withService(lang, (s) => s.getWorkload(workload))).workloadName;
      lines.push(fill(SAY.pushed[lang], { name, id: result.awsWorkloadId, created: result.created ? SAY.created[lang] : '', written: result.written, unchanged: result.unchanged }));
    }
    lines.push(...conflictLines(result.conflicts, lang));
    if (result.conflicts.length > 0) lines.push(fill(SAY.conflictsPush[lang], { count: result.conflicts.length }));
    if (opts.milestone !== undefined && !result.dryRun)
      lines.push(result.milestoneNumber !== null ? fill(SAY.milestone[lang], { number: result.milestoneNumber, name: opts.milestone }) : SAY.milestoneSkipped[lang]);
    emit(ctx, lines.join('\n'));
  });

  withTargetOptions(
    group
      .command('pull')
      .description('read a W-A Tool workload\'s answers (the official Serverless Lens and custom lenses) into slens')
      .argument('<awsWorkloadId>', 'the W-A Tool workload id')
      .option('--into <workload>', 'the slens workload to write into (default: a new one named as the W-A Tool workload)'),
  ).action(async (awsWorkloadId: string, opts: TargetOpts & { into?: string }) => {
    const format = choose('format', opts.format, FORMATS, 'text');
    const lang = langOption(opts.lang);
    const { sdkCaller } = await import('../../wa/aws-client.js');
    const { pull } = await import('../../wa/pull.js');
    const caller = await sdkCaller(targetOf(opts));
    const result = await withService(lang, (s) => pull(s, caller, { awsWorkloadId, into: opts.into, dryRun: opts.dryRun, force: opts.force, lang, target: targetOf(opts) }));
    if (result.conflicts.length > 0) ctx.exitCode = EXIT_CONFLICTS;
    if (format === 'json') return emit(ctx, json(result));
    const lines: string[] = [];
    for (const l of result.lenses) if (l.alias === null) lines.push(fill(SAY.skippedLens[lang], { lens: l.remote }));
    if (result.dryRun) lines.push(SAY.dryRunPull[lang], ...callLines(result.changes, lang));
    else lines.push(fill(SAY.pulled[lang], { id: awsWorkloadId, name: result.workloadName, created: result.createdWorkload ? SAY.createdLocal[lang] : '', written: result.written, unchanged: result.unchanged }));
    lines.push(...conflictLines(result.conflicts, lang));
    if (result.conflicts.length > 0) lines.push(fill(SAY.conflictsPull[lang], { count: result.conflicts.length }));
    emit(ctx, lines.join('\n'));
  });

  helpOnEverySubcommand(group, DATABASE_HELP);
  return group;
}
