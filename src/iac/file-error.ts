// A problem of the bounded file reader (src/util/read-file.ts), thrown (FileReadError) or not (fileProblem),
// as the load error of that file.
import type { LoadError } from './types.js';
import type { FileProblemInfo } from '../util/read-file.js';

/** The load error of a file that could not be read: its position, code, data and message in both languages. */
export function fileLoadError(error: FileProblemInfo): LoadError {
  const { file = '', line = 1, column = 1 } = error.location;
  return { file, line, column, code: error.code, message: error.localized.en, data: { ...error.data }, localized: error.localized };
}
