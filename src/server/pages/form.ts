// Reading urlencoded or multipart form bodies as plain strings.
type FormValue = string | File | (string | File)[] | undefined;
export type FormBody = Record<string, FormValue>;

/** The first string value of a field ('' when absent or a file). */
export function formString(body: FormBody, name: string): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/** Every string value of a repeated field (checkboxes). */
export function formList(body: FormBody, name: string): string[] {
  const value = body[name];
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((v): v is string => typeof v === 'string');
}

/** The text of an uploaded file, or undefined when none was chosen. */
export async function formFileText(body: FormBody, name: string): Promise<{ name: string; text: string } | undefined> {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (!first || typeof first === 'string' || first.size === 0) return undefined;
  return { name: first.name || 'lens.json', text: await first.text() };
}

/** "a, b ,c" → ["a","b","c"] without empty entries. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
