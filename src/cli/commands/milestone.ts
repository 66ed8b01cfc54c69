// `slens milestone …`: freeze the answers as a numbered, named milestone; list and compare milestones.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { DATABASE_HELP, helpOnEverySubcommand, json, LANG_OPTION, langOption, withService } from '../review-cli.js';

const FORMATS = ['text', 'json'] as const;

export function registerMilestone(program: Command, ctx: CliContext): Command {
  const group = program.command('milestone').description('save, list and compare milestones (immutable snapshots of a workload\'s answers)').addHelpText('after', DATABASE_HELP);

  group
    .command('create')
    .description('freeze the current answers of every lens review as the next numbered milestone')
    .argument('<workload>', 'workload id or name')
    .requiredOption('--name <name>', 'milestone name: 1 to 100 characters, unique per workload')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (workload: string, opts: { name: string; format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { createMilestone } = await import('../../review/milestones.js');
      const m = await withService(lang, (s) => createMilestone(s, workload, opts.name));
      emit(ctx, format === 'json' ? json(m) : `#${m.milestoneNumber} ${m.milestoneName} ${m.recordedAt}`);
    });

  group
    .command('list')
    .description('list the milestones of a workload, oldest first')
    .argument('<workload>', 'workload id or name')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (workload: string, opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { listMilestones } = await import('../../review/milestones.js');
      const { milestoneListText } = await import('../review-format.js');
      const milestones = await withService(lang, (s) => listMilestones(s, workload));
      emit(ctx, format === 'json' ? json({ milestones }) : milestoneListText(milestones, lang));
    });

  group
    .command('compare')
    .description('what improved and what regressed between two milestones, or a milestone and the current answers')
    .argument('<workload>', 'workload id or name')
    .argument('<base>', 'milestone number or name')
    .argument('<target>', 'milestone number or name, or "current"')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .action(async (workload: string, base: string, target: string, opts: { format?: string; lang?: string }) => {
      const format = choose('format', opts.format, FORMATS, 'text');
      const lang = langOption(opts.lang);
      const { compareMilestones } = await import('../../review/milestones.js');
      const { comparisonText } = await import('../review-format.js');
      const comparison = await withService(lang, (s) => compareMilestones(s, workload, base, target, lang));
      emit(ctx, format === 'json' ? json(comparison) : comparisonText(comparison, lang));
    });

  helpOnEverySubcommand(group, DATABASE_HELP);
  return group;
}
