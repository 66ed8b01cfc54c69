// Runs the rule catalog over one loaded template: pure, no I/O. The scan driver calls this per file, so
// memory stays flat however many templates a scan reads (logical ids are scoped to their template anyway).
import type { Location, Resource, Template } from '../iac/types.js';
import { fillLater, type FillValue, type Localized } from '../util/i18n.js';
import { buildGraph } from '../iac/graph.js';
import { parameterResources } from '../iac/parameters.js';
import { terraformMessage, terraformWords } from '../iac/terraform/names.js';
import type { CodeReader } from '../rules/support/code.js';
import { duplicateKey, serverlessUnknownKey } from '../rules/meta.js';
import { severityRank, type CheckResult, type Fail, type Finding, type Rule, type RuleContext, type RuleEnvironment, type Severity } from '../rules/types.js';
import type { ScanConfig } from './config.js';
import { configSuppressionsFor, findSuppression, templateSuppressions } from './suppressions.js';
import type { Outcome, ScanError, SuppressedFinding } from './types.js';
import { ownStrings, SLICED_FROM, type OwnStrings } from './own-strings.js';
import { rulePlans } from './rule-plan.js';

export interface TemplateScanOptions {
  rules: readonly Rule[];
  config: ScanConfig;
  env: RuleEnvironment;
  /** The path shown in results (relative to the working directory, `/` separators). */
  displayFile: string;
  /** The absolute path, for config path patterns. */
  absoluteFile: string;
  /** The template's text, to point template-level metadata problems at a line. */
  text?: string;
  /** Files beside the template, for rules that look at handler code and lock files. */
  code?: CodeReader;
  /** Copies the strings results keep (see own-strings.ts): one for the whole scan shares them between files. */
  strings?: OwnStrings;
}

export interface TemplateScan {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  errors: ScanError[];
  outcomes: Outcome[];
  resources: number;
}

/** The name the user wrote: a Serverless Framework function by its key in serverless.yml, else the logical id. */
function shownName(resource: Resource): string {
  return resource.type === 'AWS::Lambda::Function' && resource.origin?.type === 'Serverless::Function' ? resource.origin.logicalId : resource.logicalId;
}

function render(messages: Readonly<Record<string, Localized>>, fail: Fail, resource: Resource | undefined, own: OwnStrings): Localized {
  const text = messages[fail.messageId];
  if (!text) return { en: `[${fail.messageId}]`, ja: `[${fail.messageId}]` };
  const name = resource ? own(shownName(resource)) : '';
  const data = fail.data ?? NO_DATA;
  // A resource read from Terraform: its properties named as Terraform writes them, in the text and the values.
  const terraform = resource?.format === 'terraform';
  // The rule's values are kept as they are unless a string among them must be the scan's own (own-strings.ts).
  let values: Record<string, FillValue> = data;
  for (const [key, value] of Object.entries(data)) {
    if (key === 'resource' || typeof value !== 'string' || (!terraform && value.length < SLICED_FROM)) continue;
    if (values === data) values = { ...data };
    values[key] = own(terraform ? terraformWords(value, (resource as Resource).type) : value);
  }
  return fillLater(terraform ? terraformMessage(text, (resource as Resource).type) : text, values, name);
}

const NO_DATA: Readonly<Record<string, FillValue>> = Object.freeze({});

/** A finding's resource: made once per resource (its findings share it), of strings the scan owns. */
function findingResource(resource: Resource, own: OwnStrings): Finding['resource'] {
  // Built by assignment, not by spreading optional parts: the same properties in the same order for every resource.
  const shown: Finding['resource'] = { logicalId: own(resource.logicalId), type: own(resource.type) };
  if (resource.origin) shown.origin = { logicalId: own(resource.origin.logicalId), type: own(resource.origin.type) };
  if (resource.constructPath) shown.constructPath = own(resource.constructPath);
  return shown;
}

/** The shown file of a location: templates read from several files (Terraform modules) name each one. */
function fileOf(where: string | undefined, template: Template, file: string): string {
  return where && where !== template.file ? where : file;
}

/** A finding's location: one object per place in a template, shared by its findings (a third as many objects). */
type Locations = Map<string, Map<string, Location>>;

function locationOf(resource: Resource, fail: Fail, file: string, template: Template, own: OwnStrings, locations: Locations): Location {
  let where: Location = resource.location;
  if (fail.path && fail.path.length > 0) {
    try {
      where = resource.locate(fail.path);
    } catch {
      where = resource.location;
    }
  }
  const shown = fileOf(where.file, template, file);
  let inFile = locations.get(shown);
  if (!inFile) locations.set(shown, (inFile = new Map()));
  const at = `${where.line}:${where.column}`;
  let location = inFile.get(at);
  if (!location) inFile.set(at, (location = { file: own(shown), line: where.line, column: where.column }));
  return location;
}

function asList(result: CheckResult | readonly CheckResult[]): readonly CheckResult[] {
  return Array.isArray(result) ? result : [result as CheckResult];
}

/** Two lists as one new array, by a loop: spreading them reads each list's hidden class. */
function joined(first: readonly Resource[], second: readonly Resource[]): Resource[] {
  const all: Resource[] = [];
  for (let i = 0; i < first.length; i++) all.push(first[i] as Resource);
  for (let i = 0; i < second.length; i++) all.push(second[i] as Resource);
  return all;
}

/** What judging one rule over a template reads and adds to: one object of one shape per template. */
interface RuleRunState {
  out: TemplateScan;
  raw: Finding[];
  ctx: RuleContext;
  template: Template;
  file: string;
  keep: OwnStrings;
  resourceOf: Map<Resource, Finding['resource']>;
  locations: Locations;
}

/** Runs one rule over the resources it judges: its outcomes into `state.out`, its findings into `state.raw` when reported. */
function judgeRule(state: RuleRunState, rule: Rule, configured: Severity | undefined, reported: boolean, judged: readonly Resource[]): void {
  const { out, file, template, keep } = state;
  for (const resource of judged) {
    let results: readonly CheckResult[];
    try {
      results = asList(rule.check(resource, state.ctx));
    } catch (error) {
      const reason = (error as Error).message;
      out.errors.push({ file, line: resource.location.line, code: 'rule-failed', message: `rule ${rule.id} failed on ${resource.logicalId}: ${reason}`, data: { rule: rule.id, resource: resource.logicalId, reason } });
      continue;
    }
    let status: Outcome['status'] | undefined;
    let worst: Severity | undefined;
    for (const result of results) {
      if (result.status === 'fail') {
        status = 'fail';
        let shared = state.resourceOf.get(resource);
        if (!shared) state.resourceOf.set(resource, (shared = findingResource(resource, keep)));
        const severity: Severity = configured ?? result.severity ?? rule.severity;
        if (worst === undefined || severityRank(severity) > severityRank(worst)) worst = severity;
        const finding: Finding = {
          ruleId: rule.id,
          aliases: rule.aliases,
          severity,
          lens: rule.lens,
          messageId: result.messageId,
          message: render(rule.messages, result, resource, keep),
          resource: shared,
          location: locationOf(resource, result, file, template, keep, state.locations),
        };
        if (reported) state.raw.push(finding);
      } else if (result.status === 'unknown' && status !== 'fail') status = 'unknown';
      else if (result.status === 'pass' && status === undefined) status = 'pass';
    }
    if (status) {
      const outcome: Outcome = { ruleId: rule.id, file: keep(fileOf(resource.location.file, template, file)), logicalId: keep(resource.logicalId), resourceType: keep(resource.type), line: resource.location.line, status };
      if (status === 'fail' && worst) outcome.severity = worst;
      out.outcomes.push(outcome);
    }
  }
}

export function scanTemplate(template: Template, options: TemplateScanOptions): TemplateScan {
  const out: TemplateScan = { findings: [], suppressed: [], errors: [], outcomes: [], resources: template.resources.length };
  const file = options.displayFile;
  const keep = options.strings ?? ownStrings();
  // Duplicate keys are findings (the template is still read) and can be suppressed like any other.
  const raw: Finding[] = [];
  const dupSetting = options.config.rules.get(duplicateKey.id);
  for (const error of template.errors) {
    if (error.code === 'duplicate-key') {
      if (dupSetting?.enabled === false) continue;
      raw.push({
        ruleId: duplicateKey.id,
        aliases: [],
        severity: dupSetting?.severity ?? duplicateKey.severity,
        messageId: error.data ? 'duplicate' : 'duplicateDetail',
        message: render(duplicateKey.messages, { status: 'fail', messageId: error.data ? 'duplicate' : 'duplicateDetail', data: { detail: error.message, ...error.data } }, undefined, keep),
        resource: { logicalId: '', type: '' },
        location: { file, line: error.line, column: error.column ?? 1 },
      });
    } else if (error.code === 'unknown-key' && error.data) {
      // A setting the framework ignores: a finding on its line, like a duplicate key.
      const setting = options.config.rules.get(serverlessUnknownKey.id);
      if (setting?.enabled === false) continue;
      const messageId = error.data['meant'] ? 'meant' : 'unknown';
      raw.push({
        ruleId: serverlessUnknownKey.id,
        aliases: [],
        severity: setting?.severity ?? serverlessUnknownKey.severity,
        messageId,
        message: render(serverlessUnknownKey.messages, { status: 'fail', messageId, data: error.data }, undefined, keep),
        resource: { logicalId: '', type: '' },
        location: { file, line: error.line, column: error.column ?? 1 },
      });
    } else {
      out.errors.push({ file: fileOf(error.file, template, file), line: error.line, ...(error.column !== undefined ? { column: error.column } : {}), code: error.code, message: error.message, ...(error.data ? { data: error.data } : {}), ...(error.localized ? { localized: error.localized } : {}) });
    }
  }

  const graph = buildGraph(template.resources);
  const ctx: RuleContext = { graph, template: { parameters: Object.keys(template.parameters), declared: template.parameters, format: template.format }, today: options.env.today, ...(options.code ? { code: options.code } : {}) };
  let parameters: Resource[] | undefined;
  const state: RuleRunState = { out, raw, ctx, template, file, keep, resourceOf: new Map(), locations: new Map() };
  for (const plan of rulePlans(options.rules)) {
    const setting = options.config.rules.get(plan.id);
    if (setting?.enabled === false) continue;
    // Advice rules answer as evidence always; their findings only when asked (an `on` or a severity asks too).
    const reported = !plan.advice || options.config.includeAdvice || setting?.enabled === true;
    // Parameters are judged like resources by rules that ask for them (they are not in the graph).
    const found = plan.single !== undefined ? graph.ofType(plan.single) : graph.ofType(...plan.types);
    const judged = plan.withParameters ? joined(found, (parameters ??= parameterResources(template))) : found;
    judgeRule(state, plan.rule, setting?.severity, reported, judged);
  }

  const own = templateSuppressions(template, options.text);
  const suppressions = [...own.suppressions, ...configSuppressionsFor(options.config, options.absoluteFile)];
  for (const finding of raw) {
    const suppression = findSuppression(finding, suppressions);
    if (suppression) {
      out.suppressed.push({ ...finding, suppression: { source: suppression.source, ...(suppression.reason ? { reason: keep(suppression.reason) } : {}) } });
    } else out.findings.push(finding);
  }
  if (options.config.rules.get('suppression-without-reason')?.enabled !== false) {
    const severity = options.config.rules.get('suppression-without-reason')?.severity;
    for (const problem of own.problems) out.findings.push({ ...problem, ...(severity ? { severity } : {}), location: { ...problem.location, file } });
  }
  return out;
}
