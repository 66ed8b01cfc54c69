// Finds the `${…}` placeholders of one string and replaces the Serverless Framework variables among them, in a
// single pass (a string with thousands of placeholders stays linear). Like the framework (v2.3 and later), only a
// source type followed by `:` or `(` (`${self:…}`, `${file(…)}`) is a variable; every other `${…}` is "foreign"
// — CloudFormation's `${AWS::Region}`, `${ApiGatewayRestApi}`, `${Bucket.Arn}`, `${!Literal}` — and is kept as
// written, with the variables inside it still replaced (`${AWS::${self:custom.x}}`).

/** A lowercase source type and then `(` or a single `:` (`${AWS::Region}` has a capital and `::`). */
const VARIABLE_HEAD = /[a-z][a-zA-Z0-9]*(?:\(|:(?!:))/y;

/** What a variable stands for: `whole` when the variable is the entire string (its value is kept as it is). */
export type ReplaceVariable = (body: string, whole: boolean) => unknown;

/** The result when a variable inside a longer string is not a plain value: the whole string is unknown. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

interface Open {
  /** Text gathered since the `${` (its own placeholders already handled). */
  text: string;
  start: number;
  variable: boolean;
}

/** Whether the `${` at `at` opens a Serverless variable rather than a foreign placeholder. */
export function opensVariable(input: string, at: number): boolean {
  VARIABLE_HEAD.lastIndex = at + 2;
  return VARIABLE_HEAD.test(input);
}

/**
 * `input` with its variables replaced (or a whole-string variable's own value, or UNREADABLE). `onGrow` is
 * told the length built so far after each replacement, to stop runaway expansion. An unclosed `${` is plain text; a stray `}` too.
 */
export function substitute(input: string, replace: ReplaceVariable, onGrow: (length: number) => void): unknown {
  const stack: Open[] = [];
  let text = '';
  let from = 0;
  const flush = (to: number): void => {
    if (to > from) {
      const piece = input.slice(from, to);
      const top = stack[stack.length - 1];
      if (top) top.text += piece;
      else text += piece;
    }
  };
  // The next `${` and `}` at or after `from`, each found once: never searched for again over the same text.
  let open = input.indexOf('${');
  let close = input.indexOf('}');
  while (open >= 0 || close >= 0) {
    if (open >= 0 && (close < 0 || open < close)) {
      flush(open);
      stack.push({ text: '', start: open, variable: opensVariable(input, open) });
      from = open + 2;
      open = input.indexOf('${', from);
      if (close >= 0 && close < from) close = input.indexOf('}', from);
      continue;
    }
    flush(close);
    from = close + 1;
    close = input.indexOf('}', from);
    if (open >= 0 && open < from) open = input.indexOf('${', from);
    const done = stack.pop();
    if (!done) {
      text += '}';
      continue;
    }
    let piece: string;
    if (done.variable) {
      const whole = done.start === 0 && from === input.length && stack.length === 0;
      const value = replace(done.text, whole);
      if (whole) return value;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return UNREADABLE;
      piece = String(value);
    } else piece = `\${${done.text}}`;
    const top = stack[stack.length - 1];
    if (top) top.text += piece;
    else text += piece;
    if (done.variable) onGrow(text.length + (top ? top.text.length : 0));
  }
  flush(input.length);
  // Unclosed `${`: text as written, innermost first.
  while (stack.length > 0) {
    const unclosed = stack.pop() as Open;
    const top = stack[stack.length - 1];
    if (top) top.text += `\${${unclosed.text}`;
    else text += `\${${unclosed.text}`;
  }
  return text;
}
