// `slens lens import <file>`: store a custom lens in the review database so workloads can be reviewed with it.
import type { Command } from 'commander';
import { choose, emit, type CliContext } from '../context.js';
import { DATABASE_HELP, json, LANG_OPTION, langOption, withService } from '../review-cli.js';
import { fill, type Localized } from '../../util/i18n.js';
import { readInputText } from '../read-input.js';
import { LENS_LIMITS } from '../../lens/limits.js';
import { REPORT_MESSAGES } from '../../lens/messages.js';

const IMPORTED: Localized = { en: 'imported', ja: 'インポートしました' };
const ALREADY_STORED: Localized = { en: 'already stored (same content)', ja: '同じ内容が登録済みです' };

export function registerLensImport(lens: Command, ctx: CliContext): Command {
  return lens
    .command('import')
    .description('import a custom lens (AWS custom-lens JSON) into the review database; the same content again is the same version')
    .argument('<file>', 'lens JSON file')
    .option('--alias <alias>', 'alias to store it under (default: from the lens name)')
    .option('--format <format>', 'output format: text or json', 'text')
    .option(...LANG_OPTION)
    .addHelpText('after', DATABASE_HELP)
    .action(async (file: string, opts: { alias?: string; format?: string; lang?: string }) => {
      const format = choose('format', opts.format, ['text', 'json'] as const, 'text');
      const lang = langOption(opts.lang);
      // The byte bound the lens reader uses; the parser then counts characters against the WA Tool's limit.
      const text = readInputText(file, LENS_LIMITS.maxFileBytes);
      const { parseLensText } = await import('../../lens/parse.js');
      const parsed = parseLensText(text, file);
      // File errors are reported with their line and column, as "slens lens validate" does.
      if (parsed.errors.length > 0) {
        const { invalidLensError } = await import('../../lens/resolve.js');
        throw invalidLensError(file, parsed.errors);
      }
      const { importLens } = await import('../../review/catalog.js');
      const result = await withService(lang, (s) => importLens(s, text, { alias: opts.alias, file, lang }));
      for (const w of result.warnings) ctx.stderr(`slens: ${file}:${w.line}: ${fill(REPORT_MESSAGES.warning[lang], { message: w.message })}\n`);
      if (format === 'json') return emit(ctx, json(result));
      const what = (result.created ? IMPORTED : ALREADY_STORED)[lang];
      emit(ctx, `${result.alias}\t${result.label ?? result.version}\t${what}`);
    });
}
