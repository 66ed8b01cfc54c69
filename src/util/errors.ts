// Errors a user can cause (bad input, bad usage) are values with a code and a location, never stack traces.
import { fill, type Lang, type Localized } from './i18n.js';

export interface SourceLocation {
  file?: string;
  line?: number;
  column?: number;
  /** JSON path such as `pillars[0].questions[2].title`, when the input is a JSON document. */
  path?: string;
}

export class UserError extends Error {
  readonly code: string;
  readonly location: SourceLocation;
  /** The message in every language, when the thrower wrote it in both (the CLI prints the one of `--lang`). */
  readonly localized?: Localized;

  constructor(code: string, message: string | Localized, location: SourceLocation = {}) {
    super(typeof message === 'string' ? message : message.en);
    this.name = 'UserError';
    this.code = code;
    this.location = location;
    if (typeof message !== 'string') this.localized = message;
  }

  messageIn(lang: Lang): string {
    return this.localized?.[lang] ?? this.message;
  }
}

export function isUserError(value: unknown): value is UserError {
  return value instanceof UserError;
}

/** Where in a JSON document, after the message. */
const AT_PATH: Localized = { en: ' (at {path})', ja: '（パス: {path}）' };

/** `file:line:column: message` with whatever parts of the location are known (the JSON path after it, in `lang`). */
export function formatLocated(message: string, location: SourceLocation, lang: Lang = 'en'): string {
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.line !== undefined) parts.push(String(location.line));
  if (location.line !== undefined && location.column !== undefined) parts.push(String(location.column));
  const where = parts.join(':');
  const path = location.path ? fill(AT_PATH[lang], { path: location.path }) : '';
  return where ? `${where}: ${message}${path}` : `${message}${path}`;
}

export function formatUserError(error: UserError, lang: Lang = 'en'): string {
  return formatLocated(error.messageIn(lang), error.location, lang);
}
