// Quick fixes that suppress a finding with a reason: in a YAML CloudFormation/SAM template, `Metadata.slens.ignore`
// on the resource itself; elsewhere (JSON templates, serverless.yml, Terraform) an entry of the workspace's
// .slens.yml naming the file and the resource. The reason is a placeholder the developer replaces.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Lang, Localized } from '../../util/i18n.js';
import { fill } from '../../util/i18n.js';

export const REASON_PLACEHOLDER: Localized = { en: 'TODO: why this is acceptable here', ja: 'TODO: ここで許容できる理由' };
export const ACTION_TITLE: Record<'resource' | 'config', Localized> = {
  resource: { en: 'Suppress {rule} on {resource} (with a reason)', ja: '{resource} の {rule} を抑制する（理由を記入）' },
  config: { en: 'Suppress {rule} on {resource} in .slens.yml (with a reason)', ja: '.slens.yml で {resource} の {rule} を抑制する（理由を記入）' },
};

export interface SuppressionTarget {
  ruleId: string;
  logicalId: string;
  /** The file as .slens.yml paths name it (relative to the workspace root, `/` separated). */
  shown: string;
  root: string;
  lang: Lang;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const quote = (text: string): string => JSON.stringify(text);

/** The lines of a resource's block in a YAML template: from its `LogicalId:` line to the next line as shallow. */
function resourceBlock(lines: readonly string[], logicalId: string): { start: number; end: number; indent: number } | undefined {
  const inResources = lines.findIndex((l) => /^Resources\s*:\s*$/.test(l));
  if (inResources < 0) return undefined;
  const key = new RegExp(`^(\\s+)["']?${logicalId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:\\s*$`);
  for (let i = inResources + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() !== '' && !line.startsWith(' ') && !line.trimStart().startsWith('#')) return undefined;
    const match = key.exec(line);
    if (!match) continue;
    const indent = match[1]!.length;
    let end = i + 1;
    while (end < lines.length && (lines[end]!.trim() === '' || indentOf(lines[end]!) > indent)) end++;
    return { start: i, end, indent };
  }
  return undefined;
}

/** An edit adding `Metadata.slens.ignore` to the resource in a YAML template, or undefined when its shape is not plain block YAML. */
export function resourceSuppressionEdit(text: string, target: SuppressionTarget): TextEdit | undefined {
  const lines = text.split('\n');
  const block = resourceBlock(lines, target.logicalId);
  if (!block) return undefined;
  const body = lines.slice(block.start + 1, block.end).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (!body) return undefined;
  const step = indentOf(body) - block.indent;
  const pad = (level: number): string => ' '.repeat(indentOf(body) + step * level);
  const entry = (level: number): string => `${pad(level)}- rule: ${target.ruleId}\n${pad(level)}  reason: ${quote(REASON_PLACEHOLDER[target.lang])}\n`;
  const at = (line: number) => ({ line, character: 0 });
  const find = (pattern: RegExp, from: number, to: number, indent: number): number => {
    for (let i = from; i < to; i++) if (indentOf(lines[i]!) === indent && pattern.test(lines[i]!.trim())) return i;
    return -1;
  };
  const metadata = find(/^["']?Metadata["']?\s*:/, block.start + 1, block.end, indentOf(body));
  if (metadata < 0) {
    return { range: { start: at(block.start + 1), end: at(block.start + 1) }, newText: `${pad(0)}Metadata:\n${pad(1)}slens:\n${pad(2)}ignore:\n${entry(3)}` };
  }
  // Metadata written in flow style (`Metadata: { … }`) is left alone: the fix goes to .slens.yml instead.
  if (!/^Metadata\s*:\s*$/.test(lines[metadata]!.trim())) return undefined;
  let metaEnd = metadata + 1;
  while (metaEnd < block.end && (lines[metaEnd]!.trim() === '' || indentOf(lines[metaEnd]!) > indentOf(body))) metaEnd++;
  const isBlock = (line: number): boolean => /:\s*$/.test(lines[line]!.trim());
  const slens = find(/^slens\s*:/, metadata + 1, metaEnd, indentOf(body) + step);
  if (slens < 0) return { range: { start: at(metadata + 1), end: at(metadata + 1) }, newText: `${pad(1)}slens:\n${pad(2)}ignore:\n${entry(3)}` };
  if (!isBlock(slens)) return undefined;
  let slensEnd = slens + 1;
  while (slensEnd < metaEnd && (lines[slensEnd]!.trim() === '' || indentOf(lines[slensEnd]!) > indentOf(body) + step)) slensEnd++;
  const ignore = find(/^ignore\s*:/, slens + 1, slensEnd, indentOf(body) + 2 * step);
  if (ignore < 0) return { range: { start: at(slens + 1), end: at(slens + 1) }, newText: `${pad(2)}ignore:\n${entry(3)}` };
  if (!isBlock(ignore)) return undefined;
  return { range: { start: at(ignore + 1), end: at(ignore + 1) }, newText: entry(3) };
}

/** An edit of the workspace's .slens.yml adding an `ignore` entry for the file and resource (the file made when missing). */
export function configSuppressionEdit(target: SuppressionTarget): WorkspaceEdit {
  const file = join(target.root, '.slens.yml');
  const uri = pathToFileURL(file).href;
  const entryAt = (lead: number): string => {
    const pad = ' '.repeat(lead);
    return [`${pad}- rule: ${target.ruleId}`, `${pad}  paths: [${quote(target.shown)}]`, ...(target.logicalId ? [`${pad}  resources: [${quote(target.logicalId)}]`] : []), `${pad}  reason: ${quote(REASON_PLACEHOLDER[target.lang])}`, ''].join('\n');
  };
  if (!existsSync(file)) return { documentChanges: [{ kind: 'create', uri }, { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `ignore:\n${entryAt(2)}` }] }] };
  const lines = readFileSync(file, 'utf8').split('\n');
  const ignore = lines.findIndex((l) => /^ignore\s*:\s*$/.test(l));
  // New entries line up with the list already there.
  const firstItem = lines.slice(ignore + 1).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  const entry = entryAt(firstItem?.trimStart().startsWith('-') ? indentOf(firstItem) : 2);
  const edit: TextEdit =
    ignore >= 0
      ? { range: { start: { line: ignore + 1, character: 0 }, end: { line: ignore + 1, character: 0 } }, newText: entry }
      : { range: { start: { line: lines.length, character: 0 }, end: { line: lines.length, character: 0 } }, newText: `${lines[lines.length - 1] === '' ? '' : '\n'}ignore:\n${entry}` };
  return { changes: { [uri]: [edit] } };
}

export function actionTitle(kind: 'resource' | 'config', target: SuppressionTarget): string {
  return fill(ACTION_TITLE[kind][target.lang], { rule: target.ruleId, resource: target.logicalId || target.shown });
}
