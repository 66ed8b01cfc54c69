// How a rule message shows a value that may be written with intrinsics.
import { isSymbolic, patternOf } from '../../iac/values.js';

/** Short readable text for a value in a message: the literal, the pattern, or the intrinsic as JSON. */
export function displayValue(value: unknown): string {
  const pattern = patternOf(value);
  if (pattern !== undefined) return pattern;
  const expression = isSymbolic(value) ? value.expression : value;
  return JSON.stringify(expression) ?? String(value);
}
