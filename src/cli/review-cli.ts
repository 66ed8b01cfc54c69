// What the review commands share: the service on DATABASE_URL (closed afterwards), domain errors in the
// chosen language, and how a workload, a list or a reason is read from the command line.
import { LANGS, type Lang } from '../util/i18n.js';
import { UserError } from '../util/errors.js';
import type { ReviewService } from '../review/service.js';
import type { Command } from 'commander';
import { choose } from './context.js';

export const DATABASE_ONLY_HELP =
  '\nDatabase: DATABASE_URL=sqlite:<file> or postgres://user@host/db[?schema=name] (default: the SQLite file ./.slens/slens.db).\n';
export const DATABASE_HELP = `${DATABASE_ONLY_HELP}A workload is named by its id or its unique name.\n`;

/** Gives every subcommand of a group the same closing help as the group (where the data lives). */
export function helpOnEverySubcommand(group: Command, text: string): void {
  for (const sub of group.commands) sub.addHelpText('after', text);
}

export const LANG_OPTION = ['--lang <lang>', 'language of lens texts, headings and messages: en or ja', 'en'] as const;

export function langOption(value: string | undefined): Lang {
  return choose('lang', value, LANGS, 'en');
}

/** Runs `work` on the review service; a domain error becomes a UserError in `lang` (exit 2, no stack trace). */
export async function withService<T>(lang: Lang, work: (service: ReviewService) => Promise<T>): Promise<T> {
  const { openReviewService } = await import('../review/open.js');
  const { isReviewError } = await import('../review/errors.js');
  const opened = await openReviewService();
  try {
    return await work(opened.service);
  } catch (error) {
    if (isReviewError(error)) throw new UserError(error.code, error.messageIn(lang));
    throw error;
  } finally {
    await opened.close();
  }
}

/** "a,b, c" → ["a", "b", "c"]; an empty string is an empty list. */
export function listOption(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Commander collector for repeatable options such as `--lens a --lens b`. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...(listOption(value) ?? [])];
}

/** "out-of-scope" or "OUT_OF_SCOPE" → "OUT_OF_SCOPE" (the service checks it is a known reason). */
export function reasonOption(value: string): string {
  return value.trim().toUpperCase().replace(/-/g, '_');
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
