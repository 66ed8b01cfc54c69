// `.slens.yml`: turn rules off or change their severity, skip paths, and suppress findings with a reason.
// Found with `--config <file>`, else `.slens.yml` / `.slens.yaml` in the working directory.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { UserError } from '../util/errors.js';
import { readTextFile } from '../util/read-file.js';
import { findRule } from '../rules/index.js';
import { SEVERITIES, type Severity } from '../rules/types.js';

export interface RuleSetting {
  enabled: boolean;
  severity?: Severity;
}

export interface ConfigSuppression {
  /** As written (id or alias). */
  rule: string;
  /** The rule id it designates, when it designates one. */
  ruleId?: string;
  reason?: string;
  /** gitignore-style patterns relative to the config's directory; absent: every file. */
  paths?: string[];
  /** Logical ids; absent: every resource. */
  resources?: string[];
  line: number;
}

export interface ScanConfig {
  /** The config file, when one was read. */
  file?: string;
  /** Directory that `ignorePaths` and suppression `paths` are relative to. */
  baseDir: string;
  rules: Map<string, RuleSetting>;
  ignorePaths: string[];
  suppressions: ConfigSuppression[];
  /** Report the findings of advice rules (`includeAdvice: true`, or `--include-advice` on `slens scan`). */
  includeAdvice: boolean;
}

export const CONFIG_NAMES = ['.slens.yml', '.slens.yaml'];
const MAX_CONFIG_BYTES = 1_000_000;

export function emptyConfig(baseDir: string): ScanConfig {
  return { baseDir, rules: new Map(), ignorePaths: [], suppressions: [], includeAdvice: false };
}

/** Reads the config named by `--config`, else the one in `cwd`, else returns an empty config. */
export function loadConfig(explicit: string | undefined, cwd: string): ScanConfig {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new UserError('config-missing', `config file not found: ${explicit}`, { file: explicit });
    return parseConfig(readConfigText(file, explicit), explicit, dirname(file));
  }
  for (const name of CONFIG_NAMES) {
    const file = join(cwd, name);
    if (existsSync(file)) return parseConfig(readConfigText(file, name), name, cwd);
  }
  return emptyConfig(cwd);
}

/** The config's text: a regular UTF-8 file of at most MAX_CONFIG_BYTES (a link to a device or a pipe is refused). */
function readConfigText(file: string, shown: string): string {
  return readTextFile(file, { maxBytes: MAX_CONFIG_BYTES, shown });
}

/** 1-based line of the first line containing `needle` (for pointing at a config key), else 1. */
function lineOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  return index === -1 ? 1 : text.slice(0, index).split('\n').length;
}

export function parseConfig(text: string, file: string, baseDir: string): ScanConfig {
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA, json: true });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new UserError('config-syntax', `invalid YAML: ${reason}`, { file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 });
  }
  const config = emptyConfig(baseDir);
  config.file = file;
  if (data === null || data === undefined) return config;
  const bad = (key: string, message: string): UserError => new UserError('config-invalid', message, { file, line: lineOf(text, key) });
  if (typeof data !== 'object' || Array.isArray(data)) throw bad('', 'the config must be a mapping with keys rules, ignorePaths, ignore, includeAdvice');
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'rules') readRules(value, config, text, bad);
    else if (key === 'ignorePaths') config.ignorePaths = stringList(value, 'ignorePaths', bad);
    else if (key === 'ignore') readSuppressions(value, config, text, bad);
    else if (key === 'includeAdvice') {
      if (typeof value !== 'boolean') throw bad('includeAdvice:', 'includeAdvice must be true or false');
      config.includeAdvice = value;
    } else throw bad(`${key}:`, `unknown key "${key}" (expected rules, ignorePaths, ignore, includeAdvice)`);
  }
  return config;
}

type Bad = (key: string, message: string) => UserError;

function stringList(value: unknown, name: string, bad: Bad): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw bad(`${name}:`, `${name} must be a list of strings`);
  return value as string[];
}

function readRules(value: unknown, config: ScanConfig, _text: string, bad: Bad): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('rules:', 'rules must be a mapping of rule id to off, on, error, warning or info');
  for (const [name, setting] of Object.entries(value as Record<string, unknown>)) {
    const rule = findRule(name);
    if (!rule) throw bad(name, `unknown rule "${name}" in rules (rule ids and aliases are listed in docs/rules/README.md)`);
    if (setting === 'off' || setting === false) config.rules.set(rule.id, { enabled: false });
    else if (setting === 'on' || setting === true) config.rules.set(rule.id, { enabled: true });
    else if (typeof setting === 'string' && (SEVERITIES as readonly string[]).includes(setting)) config.rules.set(rule.id, { enabled: true, severity: setting as Severity });
    else throw bad(name, `rule "${name}": expected off, on, error, warning or info (got ${JSON.stringify(setting)})`);
  }
}

function readSuppressions(value: unknown, config: ScanConfig, text: string, bad: Bad): void {
  if (!Array.isArray(value)) throw bad('ignore:', 'ignore must be a list of { rule, reason, paths?, resources? }');
  let searchFrom = Math.max(0, text.indexOf('ignore:'));
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw bad('ignore:', 'each ignore entry must be a mapping with rule and reason');
    const record = entry as Record<string, unknown>;
    const rule = record['rule'];
    if (typeof rule !== 'string') throw bad('ignore:', 'each ignore entry needs rule: <rule id or alias>');
    for (const key of Object.keys(record)) {
      if (!['rule', 'reason', 'paths', 'resources'].includes(key)) throw bad(`${key}:`, `unknown key "${key}" in an ignore entry (expected rule, reason, paths, resources)`);
    }
    const line = lineOf(text, rule, searchFrom);
    searchFrom = Math.max(searchFrom, text.indexOf(rule, searchFrom) + 1);
    const reason = record['reason'];
    if (reason !== undefined && reason !== null && typeof reason !== 'string') throw bad('reason:', `the reason for ${rule} must be text`);
    const suppression: ConfigSuppression = { rule, line };
    const found = findRule(rule);
    if (found) suppression.ruleId = found.id;
    if (typeof reason === 'string' && reason.trim() !== '') suppression.reason = reason.trim();
    if (record['paths'] !== undefined) suppression.paths = stringList(record['paths'], 'paths', bad);
    if (record['resources'] !== undefined) suppression.resources = stringList(record['resources'], 'resources', bad);
    config.suppressions.push(suppression);
  }
}
