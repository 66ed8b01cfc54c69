// Parses JSON and, on demand, maps JSON paths back to lines: errors in a JSON document name path and line.
import { parseTree, findNodeAtLocation, printParseErrorCode, type ParseError, type Node } from 'jsonc-parser';
import { LineIndex, type LineColumn } from './positions.js';

export type PathSegment = string | number;

export type JsonParse =
  | { ok: true; value: unknown; locate: (path: readonly PathSegment[]) => LineColumn }
  | { ok: false; message: string; line: number; column: number };

/** `$.pillars[0].questions[2].title` */
export function formatJsonPath(path: readonly PathSegment[]): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace "}" is expected',
  CloseBracketExpected: 'a closing bracket "]" is expected',
  EndOfFileExpected: 'the document should end here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unexpected end of comment',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/**
 * Parses strict JSON. The fast path is JSON.parse; the position tree is built only when a caller asks where
 * something is, so valid documents cost no more than JSON.parse.
 */
export function parseJsonSource(text: string): JsonParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offsetShift = body === text ? 0 : 1;
  if (body.trim() === '') return { ok: false, message: 'the file is empty', line: 1, column: 1 };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const errors: ParseError[] = [];
    parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const index = new LineIndex(text);
    if (!first) return { ok: false, message: 'invalid JSON', line: 1, column: 1 };
    const where = index.locate(first.offset + offsetShift);
    const code = printParseErrorCode(first.error);
    return { ok: false, message: `invalid JSON: ${MESSAGES[code] ?? code}`, line: where.line, column: where.column };
  }
  let tree: Node | undefined;
  let index: LineIndex | undefined;
  const locate = (path: readonly PathSegment[]): LineColumn => {
    try {
      tree ??= parseTree(body, [], { disallowComments: true });
    } catch {
      // The position parser recurses: a document nested deeper than its stack has room for is located at its start.
      return { line: 1, column: 1 };
    }
    index ??= new LineIndex(text);
    // Walk up the path until a node exists (a missing field is reported where its parent is).
    for (let depth = path.length; depth >= 0; depth--) {
      const node = tree ? findNodeAtLocation(tree, path.slice(0, depth) as PathSegment[]) : undefined;
      if (node) {
        const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
        return index.locate(at + offsetShift);
      }
    }
    return { line: 1, column: 1 };
  };
  return { ok: true, value, locate };
}
