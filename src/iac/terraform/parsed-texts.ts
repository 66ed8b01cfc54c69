// Syntax trees that discovery parsed (module-sources.ts reads the module blocks of the files that have one),
// kept for the loader, which parses the same files moments later. Keyed by the text itself, so a file changed in
// between is parsed afresh; each tree is handed out once; the store is bounded, so trees of folders never
// loaded (a long-running server, an aborted scan) hold little memory.
import type { Body } from './hcl-tree.js';

/**
 * Most characters of text whose trees are kept at once (a tree takes several times its text); the oldest go
 * first. Trees are kept only for files with a module block, mostly small root files. A scan that loads in worker
 * threads (many templates) never takes them: this bound is what such a scan holds for nothing.
 */
const MAX_KEPT_CHARS = 1024 * 1024;

const kept = new Map<string, Body>();
let keptChars = 0;

/** Keeps the tree of `text` for the loader (a text over the bound is not kept). */
export function keepParsed(text: string, body: Body): void {
  if (text.length > MAX_KEPT_CHARS || kept.has(text)) return;
  while (keptChars + text.length > MAX_KEPT_CHARS) {
    const oldest = kept.keys().next().value as string;
    kept.delete(oldest);
    keptChars -= oldest.length;
  }
  kept.set(text, body);
  keptChars += text.length;
}

/** The tree kept for `text`, once; undefined when there is none. */
export function takeParsed(text: string): Body | undefined {
  const body = kept.get(text);
  if (body !== undefined) {
    kept.delete(text);
    keptChars -= text.length;
  }
  return body;
}
