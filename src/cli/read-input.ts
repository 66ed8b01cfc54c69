// Reads an input file named on the command line through the one bounded reader (src/util/read-file.ts):
// refused with a one-line message (in both languages) when it is missing, a folder, a device or pipe, far
// too large, or not UTF-8 text (at the line and column of the first bad byte).
import { UserError } from '../util/errors.js';
import { parseJsonSource } from '../util/json-source.js';
import { readTextFile } from '../util/read-file.js';

/** The file's text; `maxBytes` bounds what is read into memory. */
export function readInputText(file: string, maxBytes: number): string {
  return readTextFile(file, { maxBytes });
}

/** The file parsed as JSON; a syntax error names its line and column. */
export function readInputJson(file: string, maxBytes: number): unknown {
  const parsed = parseJsonSource(readInputText(file, maxBytes));
  if (!parsed.ok) {
    throw new UserError('invalid-json', parsed.message, { file, line: parsed.line, column: parsed.column });
  }
  return parsed.value;
}
