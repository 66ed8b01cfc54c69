// Errors a user can cause (bad input, bad usage) are values with a code and a location, never stack traces.

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

  constructor(code: string, message: string, location: SourceLocation = {}) {
    super(message);
    this.name = 'UserError';
    this.code = code;
    this.location = location;
  }
}

export function isUserError(value: unknown): value is UserError {
  return value instanceof UserError;
}

/** `file:line:column: message` with whatever parts of the location are known. */
export function formatLocated(message: string, location: SourceLocation): string {
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.line !== undefined) parts.push(String(location.line));
  if (location.line !== undefined && location.column !== undefined) parts.push(String(location.column));
  const where = parts.join(':');
  const path = location.path ? ` (at ${location.path})` : '';
  return where ? `${where}: ${message}${path}` : `${message}${path}`;
}

export function formatUserError(error: UserError): string {
  return formatLocated(error.message, error.location);
}
