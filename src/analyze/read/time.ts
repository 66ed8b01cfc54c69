// Times in log records: ISO 8601 / RFC 3339 text (read by hand for the common shapes, since Date.parse is
// slow on hot paths), Powertools Python's `2021-05-03 10:20:19,650+0200`, the common log format's
// `02/Nov/2026:10:00:00 +0000` (API Gateway's $context.requestTime), or epoch seconds/milliseconds (numbers, or
// text of 10 to 13 digits as API Gateway logs $context.requestTimeEpoch).

const d = (s: string, i: number): number => s.charCodeAt(i) - 48;
const two = (s: string, i: number): number => d(s, i) * 10 + d(s, i + 1);

/** Positions of the digits in `YYYY-MM-DDThh:mm:ss`. */
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Where a leading ISO time ends when a space or tab follows it (the index of that space or tab), else -1: the match
 * of `^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?(?=[ \t])`, read by hand (a runtime
 * line's prefix; the regular expression allocated its match on every line).
 */
export function isoPrefixEnd(s: string): number {
  if (s.length < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return -1;
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return -1;
  for (let k = 0; k < DIGITS.length; k++) if (!isDigit(s, DIGITS[k] as number)) return -1;
  let i = 19;
  let c = s.charCodeAt(i);
  if ((c === 46 || c === 44) && isDigit(s, i + 1)) {
    i += 2;
    while (isDigit(s, i)) i++;
    c = s.charCodeAt(i);
  }
  if (c === 90) c = s.charCodeAt(++i);
  else if ((c === 43 || c === 45) && isDigit(s, i + 1) && isDigit(s, i + 2)) {
    const j = s.charCodeAt(i + 3) === 58 ? i + 4 : i + 3;
    if (isDigit(s, j) && isDigit(s, j + 1)) {
      i = j + 2;
      c = s.charCodeAt(i);
    }
  }
  return c === 32 || c === 9 ? i : -1;
}

let lastDayKey = -1;
let lastDayStart = 0;

/** `YYYY-MM-DD[T ]hh:mm:ss[.fff][Z|±hh:mm|±hhmm]` without Date.parse; undefined when the text has another shape. */
function fastIso(s: string): number | undefined {
  const n = s.length;
  if (n < 19 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return undefined;
  for (let k = 0; k < DIGITS.length; k++) {
    const c = s.charCodeAt(DIGITS[k] as number);
    if (c < 48 || c > 57) return undefined;
  }
  const year = d(s, 0) * 1000 + d(s, 1) * 100 + two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  let i = 19;
  let ms = 0;
  const c19 = s.charCodeAt(19);
  if (c19 === 46 || c19 === 44) {
    i = 20;
    let scale = 100;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      ms += (c - 48) * scale;
      scale /= 10;
      i++;
    }
    if (i === 20) return undefined;
  }
  let offset = 0;
  // No zone (taken as UTC) or `Z` leave the offset at zero.
  if (i < n && !(s.charCodeAt(i) === 90 && i + 1 === n)) {
    const sign = s.charCodeAt(i);
    if (sign !== 43 && sign !== 45) return undefined;
    const rest = s.slice(i + 1);
    const m = /^(\d{2}):?(\d{2})$/.exec(rest);
    if (!m) return undefined;
    offset = (sign === 45 ? -1 : 1) * (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  }
  // Logs hold many times of one day: Date.UTC runs once per day, the rest is arithmetic.
  const dayKey = year * 10000 + month * 100 + day;
  if (dayKey !== lastDayKey) {
    lastDayKey = dayKey;
    lastDayStart = Date.UTC(year, month - 1, day);
  }
  const t = lastDayStart + hour * 3_600_000 + minute * 60_000 + second * 1000 + Math.floor(ms) - offset;
  return Number.isNaN(t) ? undefined : t;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CLF = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;

/** `dd/Mon/yyyy:hh:mm:ss ±hhmm`, the common log format's time; undefined for anything else. */
function commonLogTime(s: string): number | undefined {
  const m = CLF.exec(s);
  if (!m) return undefined;
  const n = (i: number): number => Number(m[i]);
  const month = MONTHS.indexOf(m[2] as string);
  if (month < 0 || n(1) < 1 || n(1) > 31 || n(4) > 23 || n(5) > 59 || n(6) > 60) return undefined;
  const offset = (m[7] === '-' ? -1 : 1) * (n(8) * 60 + n(9)) * 60_000;
  return Date.UTC(n(3), month, n(1), n(4), n(5), n(6)) - offset;
}

/** Epoch milliseconds from a time value, or undefined. Times without a zone are taken as UTC. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return undefined;
    return value < 1e11 ? value * 1000 : value;
  }
  if (typeof value !== 'string' || value.length < 10) return undefined;
  const fast = fastIso(value);
  if (fast !== undefined) return fast;
  const clf = value.charCodeAt(2) === 47 /* / */ ? commonLogTime(value) : undefined;
  if (clf !== undefined) return clf;
  if (/^\d{10,13}$/.test(value)) return parseTime(Number(value));
  let text = value;
  if (text.charCodeAt(10) === 32) text = `${text.slice(0, 10)}T${text.slice(11)}`;
  text = text.replace(',', '.').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
