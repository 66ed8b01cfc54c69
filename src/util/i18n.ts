// The product speaks English and Japanese; every user-facing text is a Localized pair.

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Readonly<Record<Lang, string>>;

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'ja';
}

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}

/** A placeholder's value: the same in every language, or a `Localized` pair (a noun, a phrase) read in the template's language. */
export type FillValue = string | number | Localized;

/**
 * Replaces `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. A `Localized`
 * value is read in `lang`, the language of the template (English unless given).
 */
export function fill(template: string, values: Readonly<Record<string, FillValue>>, lang: Lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) return whole;
    const value = values[name];
    // Values come from templates too: a null that slipped past the types is written, not dereferenced.
    return value !== null && typeof value === 'object' ? value[lang] : String(value);
  });
}

/**
 * A message filled on each read, in the language read: a large scan keeps ~100,000 findings, and holding
 * both languages' text for each (when a report shows one) was most of its memory. `toJSON` gives the pair.
 * `resource` is the value of `{resource}` when `values` has none: a finding's message names its resource
 * without a copy of the rule's values made to add it.
 */
class FilledOnRead implements Localized {
  constructor(
    private readonly text: Localized,
    private readonly values: Readonly<Record<string, FillValue>>,
    private readonly resource?: string,
  ) {}
  private all(): Readonly<Record<string, FillValue>> {
    return this.resource === undefined ? this.values : { resource: this.resource, ...this.values };
  }
  get en(): string {
    return fill(this.text.en, this.all(), 'en');
  }
  get ja(): string {
    return fill(this.text.ja, this.all(), 'ja');
  }
  toJSON(): Localized {
    return { en: this.en, ja: this.ja };
  }
  /** What it is filled from (for keeping it compactly and filling it again later). */
  parts(): FillParts {
    return { text: this.text, values: this.values, resource: this.resource };
  }
}

export interface FillParts {
  text: Localized;
  values: Readonly<Record<string, FillValue>>;
  resource: string | undefined;
}

/** The parts of a message filled on read (see fillLater), or undefined for a plain pair. */
export function fillParts(value: Localized): FillParts | undefined {
  return value instanceof FilledOnRead ? value.parts() : undefined;
}

/** `fill` for both languages, done when a language is read rather than now (see FilledOnRead). */
export function fillLater(text: Localized, values: Readonly<Record<string, FillValue>>, resource?: string): Localized {
  return new FilledOnRead(text, values, resource);
}

/**
 * A Localized pair after it crossed to another thread. Structured cloning keeps a FilledOnRead's fields but not
 * its getters, so it arrives as `{text, values}`: this makes it a Localized again (a plain pair stays as it is).
 * `same` may swap the message text for an equal one already held, so each copy is not kept apart.
 */
export function reviveLocalized(value: Localized, same: (text: Localized) => Localized = (text) => text): Localized {
  if (value === null || typeof value !== 'object' || typeof (value as { en?: unknown }).en === 'string') return value;
  const { text, values, resource } = value as unknown as { text: Localized; values: Record<string, FillValue>; resource?: string };
  const revived: Record<string, FillValue> = {};
  for (const [name, v] of Object.entries(values)) revived[name] = v !== null && typeof v === 'object' ? reviveLocalized(v, same) : v;
  return new FilledOnRead(same(text), revived, resource);
}

/** Picks the language from an Accept-Language header value (first supported tag wins by quality). */
export function langFromAcceptLanguage(header: string | undefined, fallback: Lang = 'en'): Lang {
  if (!header) return fallback;
  const tags = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const base = tag.split('-')[0];
    if (isLang(base)) return base;
  }
  return fallback;
}

/** Items written as a list in running text: "a, b" / 「a、b」. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(LIST_SEPARATOR[lang]);
}
const LIST_SEPARATOR: Localized = { en: ', ', ja: '、' };

/** An aside after a phrase: " (aside)" in English, "（aside）" in Japanese (no space, full-width). */
export function aside(text: string, lang: Lang): string {
  return lang === 'ja' ? `（${text}）` : ` (${text})`;
}

/** The locale each language's dates are written in (Intl.DateTimeFormat). */
export const DATE_LOCALE: Localized = { en: 'en-GB', ja: 'ja-JP' };
