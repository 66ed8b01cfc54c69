// Keeps the rules' documentation out of the scan bundle (scripts/bundle.ts). Each rule's `docs` (description,
// rationale, fix and links in English and Japanese: ~180 KB of the bundle's 840 KB once escaped to ASCII) is
// read by SARIF's rule help alone, yet every scan read, decoded and compiled it at start. In the bundle each
// rule's `docs: {…}` becomes a getter reading the rule's entry of a JSON file beside the bundle, on first use;
// the sources and the compiled modules keep their docs inline, beside each rule's check.
import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The file beside the scan bundle holding every rule's docs by rule id. */
export const RULE_DOCS_FILE = 'rule-docs.json';

/**
 * Declared at the top of the bundle: reads the docs file once, when a rule's docs are first asked for.
 * A rule's getter returns the same object every time, as the inline literal did.
 */
export const RULE_DOCS_LOADER = [
  'let __slensRuleDocsAll;',
  `const __slensRuleDocs = (id) => (__slensRuleDocsAll ??= JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(RULE_DOCS_FILE)}), 'utf8')))[id];`,
].join(' ');

const RULE_MODULE = /[\\/]dist[\\/]src[\\/]rules[\\/][^\\/]+\.js$/;

const propertyNamed = (object: ts.ObjectLiteralExpression, name: string): ts.PropertyAssignment | undefined =>
  object.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name);

/**
 * The compiled module with each rule object's `docs` literal replaced by a getter, and the ids of those rules.
 * A rule object is an object literal with a string `id` and an object literal `docs`. The line breaks of the
 * removed text stay, so the lines after it keep their place in the module's source map.
 */
export function withoutRuleDocs(source: string, file: string): { source: string; ids: string[] } {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const cuts: { start: number; end: number; id: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const docs = propertyNamed(node, 'docs');
      const id = propertyNamed(node, 'id');
      if (docs && ts.isObjectLiteralExpression(docs.initializer)) {
        if (!id || !ts.isStringLiteral(id.initializer)) throw new Error(`${file}: a rule's docs without a string id beside them; the scan bundle could not leave them out`);
        cuts.push({ start: docs.getStart(tree), end: docs.end, id: id.initializer.text });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  let out = source;
  for (const cut of [...cuts].reverse()) {
    const lines = source.slice(cut.start, cut.end).split('\n').length - 1;
    out = `${out.slice(0, cut.start)}get docs() { return __slensRuleDocs(${JSON.stringify(cut.id)}); }${'\n'.repeat(lines)}${out.slice(cut.end)}`;
  }
  return { source: out, ids: cuts.map((c) => c.id) };
}

/** The esbuild plugin; `ids` collects the rules whose docs it took out, for the build to check against the catalog. */
export function ruleDocsOutside(ids: Set<string>): Plugin {
  return {
    name: 'rule-docs-outside',
    setup(build) {
      build.onLoad({ filter: RULE_MODULE }, (args) => {
        const result = withoutRuleDocs(readFileSync(args.path, 'utf8'), args.path);
        for (const id of result.ids) ids.add(id);
        return { contents: result.source, loader: 'js' };
      });
    },
  };
}
