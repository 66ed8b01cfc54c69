// Text of values that may be written with intrinsics: a literal, a Sub pattern, or a Join of those.
import { isIntrinsic, isSymbolic } from '../iac/values.js';

/**
 * A string that stands for the value: the literal itself, a `Fn::Sub` pattern (with `${…}` kept), or a
 * `Fn::Join` of such parts with `Ref`/`GetAtt` written as `${Name}`. Undefined when nothing sensible exists.
 */
export function patternOf(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value;
  if (depth > 8) return undefined;
  const expression = isSymbolic(value) ? value.expression : value;
  if (!isIntrinsic(expression)) return undefined;
  if (typeof expression['Ref'] === 'string') return `\${${expression['Ref']}}`;
  const getAtt = expression['Fn::GetAtt'];
  if (Array.isArray(getAtt)) return `\${${getAtt.join('.')}}`;
  if (typeof getAtt === 'string') return `\${${getAtt}}`;
  const sub = expression['Fn::Sub'];
  if (typeof sub === 'string') return sub;
  if (Array.isArray(sub) && typeof sub[0] === 'string') return sub[0];
  const join = expression['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts = join[1].map((part) => patternOf(part, depth + 1));
    return parts.every((p) => p !== undefined) ? parts.join(join[0]) : undefined;
  }
  return undefined;
}

/** Short readable text for a value in a message: the literal, the pattern, or the intrinsic as JSON. */
export function displayValue(value: unknown): string {
  const pattern = patternOf(value);
  if (pattern !== undefined) return pattern;
  const expression = isSymbolic(value) ? value.expression : value;
  return JSON.stringify(expression) ?? String(value);
}
