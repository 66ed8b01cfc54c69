// Random JSON texts for differential tests, written by hand rather than by JSON.stringify so that they vary
// what a writer may vary: whitespace between every token (spaces, tabs, \n, \r\n, a lone \r), escapes chosen
// at random for any character (\uXXXX, \/, lone surrogates), numbers in every JSON form (exponents, fractions,
// long integers), YAML-looking strings and keys. Only what the JSON fast path declines on purpose is left out
// (duplicate keys, a line break between a key and its colon, the integer -0, numbers beyond the double range).

/** A seeded generator (mulberry32), so a failure can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'Z', '0', ' ', ':', ': ', ' #', '#', '-', '- ', '?', '&', '*', '!', '!Ref', '|', '>', "'", '%', '@', '`', ',', '[', ']', '{', '}', '"', '\\', '/', 'é', 'あ', '日本', '😀', '\u0085', '\u2028', '\u2029', '\u00a0', '\ufeff', '\u007f', '\u009f', '\n', '\t', '\r', '\u0000', '\u001f', 'true', 'null', '~', '1', '0x1F', '.inf', 'AWS::Include', '${AWS::Region}', '\ud800', '\udfff'];
const KEYS = ['Type', 'Properties', 'Fn::GetAtt', 'Ref', 'AWS::Include', '__proto__', 'constructor', '1', '01', '-1', '2', '', 'a:b', '#c', '<<', 'k'];
const SPACES = ['', '', '', ' ', ' ', '  ', '\t', '\n', '\n ', '\r\n', '\r', '\n\n\t  ', ' \r\n\t'];
const SAME_LINE = ['', '', ' ', '\t', '  \t '];

export function randomJson(random: () => number, maxDepth = 6): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const space = (): string => pick(SPACES);

  const encode = (value: string): string => {
    let out = '"';
    for (const ch of value.split('')) {
      const code = ch.charCodeAt(0);
      const r = random();
      if (ch === '"' || ch === '\\') out += r < 0.8 ? `\\${ch}` : `\\u${code.toString(16).padStart(4, '0')}`;
      else if (code < 0x20) out += r < 0.5 && '\b\f\n\r\t'.includes(ch) ? JSON.stringify(ch).slice(1, -1) : `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`;
      else if (ch === '/' && r < 0.5) out += '\\/';
      else if (r < 0.1) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else out += ch;
    }
    return `${out}"`;
  };
  const text = (): string => {
    if (random() < 0.1) return 'AWS::Include';
    let s = '';
    const n = Math.floor(random() * 6);
    for (let i = 0; i < n; i++) s += pick(PIECES);
    return s;
  };
  const digits = (n: number, lead = false): string => {
    let s = lead ? String(1 + Math.floor(random() * 9)) : '';
    while (s.length < n) s += String(Math.floor(random() * 10));
    return s;
  };
  const number = (): string => {
    const sign = random() < 0.3 ? '-' : '';
    const length = random() < 0.7 ? 1 + Math.floor(random() * 6) : 1 + Math.floor(random() * 24);
    const whole = random() < 0.2 ? '0' : digits(length, true);
    const fraction = random() < 0.4 ? `.${digits(1 + Math.floor(random() * 20))}` : '';
    const exponent = random() < 0.3 ? `${pick(['e', 'E'])}${pick(['', '+', '-'])}${Math.floor(random() * 280)}` : '';
    const written = `${sign}${whole}${fraction}${exponent}`;
    return written === '-0' ? '0' : written;
  };
  const node = (depth: number): string => {
    const r = random();
    if (depth < maxDepth && r < 0.3) {
      const used = new Set<string>();
      const entries: string[] = [];
      const n = Math.floor(random() * 5);
      for (let i = 0; i < n; i++) {
        const key = random() < 0.5 ? pick(KEYS) : text();
        if (used.has(key)) continue;
        used.add(key);
        entries.push(`${space()}${encode(key)}${pick(SAME_LINE)}:${space()}${node(depth + 1)}${space()}`);
      }
      return entries.length === 0 ? `{${space()}}` : `{${entries.join(',')}}`;
    }
    if (depth < maxDepth && r < 0.5) {
      const n = Math.floor(random() * 5);
      const items = Array.from({ length: n }, () => `${space()}${node(depth + 1)}${space()}`);
      return n === 0 ? `[${space()}]` : `[${items.join(',')}]`;
    }
    if (r < 0.75) return encode(text());
    if (r < 0.92) return number();
    return pick(['true', 'false', 'null']);
  };
  const top = random() < 0.8 ? '{' : '[';
  let doc = node(0);
  while (doc[0] !== top) doc = node(0);
  return `${space()}${doc}${space()}`;
}
