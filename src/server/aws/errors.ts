// Errors as the W-A API sends them (restJson1): the type in the x-amzn-errortype header and a body with
// `Message` and the members the model requires for that type. Review errors map onto the model's types.
import { isReviewError } from '../../review/errors.js';
import { isUserError } from '../../util/errors.js';
import type { Lang, Localized } from '../../util/i18n.js';

export type AwsErrorType =
  | 'ValidationException'
  | 'ResourceNotFoundException'
  | 'ConflictException'
  | 'AccessDeniedException'
  | 'InternalServerException'
  | 'ServiceQuotaExceededException'
  | 'ThrottlingException';

const STATUS: Record<AwsErrorType, number> = {
  ValidationException: 400,
  AccessDeniedException: 403,
  ResourceNotFoundException: 404,
  ConflictException: 409,
  ServiceQuotaExceededException: 402,
  InternalServerException: 500,
  ThrottlingException: 429,
};

export class AwsError extends Error {
  constructor(
    readonly type: AwsErrorType,
    readonly localized: Localized,
    readonly members: Record<string, unknown> = {},
  ) {
    super(localized.en);
    this.name = 'AwsError';
  }
}

/** What the failing operation was about, for the ResourceId/ResourceType the model requires on 404 and 409. */
export interface ErrorSubject {
  resourceId: string;
  resourceType: string;
}

/** Any error thrown while serving an operation → the AWS error to send (unknown errors are internal). */
export function toAwsError(error: unknown, subject: ErrorSubject, internal: Localized): AwsError {
  if (error instanceof AwsError) return error;
  const resource = { ResourceId: subject.resourceId || '-', ResourceType: subject.resourceType };
  if (isReviewError(error)) {
    if (error.status === 404) return new AwsError('ResourceNotFoundException', error.localized, resource);
    if (error.status === 409) return new AwsError('ConflictException', error.localized, resource);
    if (error.status === 403) return new AwsError('AccessDeniedException', error.localized);
    const fields = error.fields.map((f) => ({ Name: f.field, Message: f.message }));
    return new AwsError('ValidationException', error.localized, { Reason: 'FIELD_VALIDATION_FAILED', Fields: fields });
  }
  if (isUserError(error)) return new AwsError('ValidationException', error.localized ?? { en: error.message, ja: error.message }, { Reason: 'OTHER' });
  return new AwsError('InternalServerException', internal);
}

/** The HTTP response of an error, in `lang`; nested Localized messages (Fields) are read in `lang` too. */
export function errorResponse(error: AwsError, lang: Lang): Response {
  const members: Record<string, unknown> = { ...error.members };
  if (Array.isArray(members.Fields)) members.Fields = (members.Fields as { Name: string; Message: Localized }[]).map((f) => ({ Name: f.Name, Message: f.Message[lang] }));
  return new Response(JSON.stringify({ Message: error.localized[lang], ...members }), {
    status: STATUS[error.type],
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': error.type },
  });
}
