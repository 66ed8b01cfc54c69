// Domain errors: a code, an HTTP-like status, the field at fault, and the message in English and Japanese.
import { UserError } from '../util/errors.js';
import { fill, type Localized } from '../util/i18n.js';

export type ErrorStatus = 400 | 403 | 404 | 409 | 413;

export interface FieldMessage {
  field: string;
  message: Localized;
}

export class ReviewError extends UserError {
  readonly status: ErrorStatus;
  declare readonly localized: Localized;
  readonly fields: FieldMessage[];
  readonly details: Record<string, unknown>;

  constructor(code: string, status: ErrorStatus, message: Localized, fields: FieldMessage[] = [], details: Record<string, unknown> = {}) {
    super(code, message);
    this.name = 'ReviewError';
    this.status = status;
    this.fields = fields;
    this.details = details;
  }
}

export function isReviewError(value: unknown): value is ReviewError {
  return value instanceof ReviewError;
}

/** Fills both languages of a message with the same values. */
export function say(message: Localized, values: Readonly<Record<string, string | number>> = {}): Localized {
  return { en: fill(message.en, values), ja: fill(message.ja, values) };
}

/** `field: message`, unless the message already begins with the field's name ("notes must be …"). */
function labelled(field: string, message: string): string {
  return message.startsWith(`${field} `) ? message : `${field}: ${message}`;
}

/** Messages one after another: after a full stop as sentences are, otherwise separated by "; ". */
function joinSentences(messages: string[], stop: string, space: string): string {
  return messages.reduce((all, m) => (all === '' ? m : `${all}${all.endsWith(stop) ? space : '; '}${m}`), '');
}

/** Bad input on one or more fields: 400 with a message per field. */
export function invalid(fields: FieldMessage[]): ReviewError {
  const first = fields[0];
  const summary: Localized = first
    ? { en: joinSentences(fields.map((f) => labelled(f.field, f.message.en)), '.', ' '), ja: joinSentences(fields.map((f) => labelled(f.field, f.message.ja)), '。', '') }
    : { en: 'invalid input', ja: '入力が正しくありません' };
  return new ReviewError('invalid-input', 400, summary, fields);
}

export function notFound(message: Localized): ReviewError {
  return new ReviewError('not-found', 404, message);
}

export function conflict(code: string, message: Localized, details: Record<string, unknown> = {}): ReviewError {
  return new ReviewError(code, 409, message, [], details);
}
