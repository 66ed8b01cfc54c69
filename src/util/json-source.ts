// Parses JSON and, on demand, maps JSON paths back to lines: errors in a JSON document name path and line.
import { parseTree, findNodeAtLocation, printParseErrorCode, type ParseError, type Node } from 'jsonc-parser';
import { LineIndex, type LineColumn } from './positions.js';
import type { Localized } from './i18n.js';

export type PathSegment = string | number;

export type JsonParse =
  | { ok: true; value: unknown; locate: (path: readonly PathSegment[]) => LineColumn }
  | { ok: false; message: Localized; line: number; column: number };

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

/** What went wrong, by jsonc-parser error code, in English and Japanese. */
const MESSAGES: Readonly<Record<string, Localized>> = {
  InvalidSymbol: { en: 'unexpected character', ja: '予期しない文字があります' },
  InvalidNumberFormat: { en: 'invalid number', ja: '数値の形式が正しくありません' },
  PropertyNameExpected: { en: 'a property name in double quotes is expected', ja: 'ダブルクォートで囲んだプロパティ名が必要です' },
  ValueExpected: { en: 'a value is expected', ja: '値が必要です' },
  ColonExpected: { en: 'a colon is expected', ja: 'コロン ":" が必要です' },
  CommaExpected: { en: 'a comma is expected', ja: 'カンマ "," が必要です' },
  CloseBraceExpected: { en: 'a closing brace "}" is expected', ja: '閉じ波かっこ "}" が必要です' },
  CloseBracketExpected: { en: 'a closing bracket "]" is expected', ja: '閉じ角かっこ "]" が必要です' },
  EndOfFileExpected: { en: 'the document should end here', ja: '文書はここで終わっている必要があります' },
  InvalidCommentToken: { en: 'comments are not allowed in JSON', ja: 'JSON にはコメントを書けません' },
  UnexpectedEndOfComment: { en: 'unexpected end of comment', ja: 'コメントが途中で終わっています' },
  UnexpectedEndOfString: { en: 'a string is not closed', ja: '文字列が閉じられていません' },
  UnexpectedEndOfNumber: { en: 'a number is cut short', ja: '数値が途中で終わっています' },
  InvalidUnicode: { en: 'invalid unicode escape', ja: 'Unicode エスケープが正しくありません' },
  InvalidEscapeCharacter: { en: 'invalid escape character', ja: 'エスケープ文字が正しくありません' },
  InvalidCharacter: { en: 'invalid character in a string', ja: '文字列に使えない文字があります' },
};

const EMPTY: Localized = { en: 'the file is empty', ja: 'ファイルが空です' };
const INVALID: Localized = { en: 'invalid JSON', ja: 'JSON として読めません' };

/**
 * Parses strict JSON. The fast path is JSON.parse; the position tree is built only when a caller asks where
 * something is, so valid documents cost no more than JSON.parse.
 */
export function parseJsonSource(text: string): JsonParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offsetShift = body === text ? 0 : 1;
  if (body.trim() === '') return { ok: false, message: EMPTY, line: 1, column: 1 };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const errors: ParseError[] = [];
    parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const index = new LineIndex(text);
    if (!first) return { ok: false, message: INVALID, line: 1, column: 1 };
    const where = index.locate(first.offset + offsetShift);
    const code = printParseErrorCode(first.error);
    const what = MESSAGES[code] ?? { en: code, ja: code };
    return { ok: false, message: { en: `${INVALID.en}: ${what.en}`, ja: `${INVALID.ja}（${what.ja}）` }, line: where.line, column: where.column };
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
