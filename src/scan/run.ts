// Runs the rule catalog over one loaded template: pure, no I/O. The scan driver calls this per file, so
// memory stays flat however many templates a scan reads (logical ids are scoped to their template anyway).
import type { Location, Resource, Template } from '../iac/types.js';
import { fillLater, type FillValue, type Localized } from '../util/i18n.js';
import { buildGraph } from '../iac/graph.js';
import { parameterResources } from '../iac/parameters.js';
import { terraformMessage, terraformWords } from '../iac/terraform/names.js';
import { TEMPLATE_PARAMETER } from '../iac/types.js';
import type { CodeReader } from '../rules/support/code.js';
import { duplicateKey, serverlessUnknownKey } from '../rules/meta.js';
import { severityRank, type CheckResult, type Fail, type Finding, type Rule, type RuleContext, type RuleEnvironment, type Severity } from '../rules/types.js';
import type { ScanConfig } from './config.js';
import { configSuppressionsFor, findSuppression, templateSuppressions } from './suppressions.js';
import type { Outcome, ScanError, SuppressedFinding } from './types.js';
import { ownStrings, SLICED_FROM, type OwnStrings } from './own-strings.js';

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
  return {
    logicalId: own(resource.logicalId),
    type: own(resource.type),
    ...(resource.origin ? { origin: { logicalId: own(resource.origin.logicalId), type: own(resource.origin.type) } } : {}),
    ...(resource.constructPath ? { constructPath: own(resource.constructPath) } : {}),
  };
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
  const resourceOf = new Map<Resource, Finding['resource']>();
  const locations: Locations = new Map();
  for (const rule of options.rules) {
    const setting = options.config.rules.get(rule.id);
    if (setting?.enabled === false) continue;
    // Advice rules answer as evidence always; their findings only when asked (an `on` or a severity asks too).
    const reported = !rule.advice || options.config.includeAdvice || setting?.enabled === true;
    // Parameters are judged like resources by rules that ask for them (they are not in the graph).
    const judged = rule.resourceTypes.includes(TEMPLATE_PARAMETER) ? [...graph.ofType(...rule.resourceTypes), ...(parameters ??= parameterResources(template))] : graph.ofType(...rule.resourceTypes);
    for (const resource of judged) {
      let results: readonly CheckResult[];
      try {
        results = asList(rule.check(resource, ctx));
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
          let shared = resourceOf.get(resource);
          if (!shared) resourceOf.set(resource, (shared = findingResource(resource, keep)));
          const severity: Severity = setting?.severity ?? result.severity ?? rule.severity;
          if (worst === undefined || severityRank(severity) > severityRank(worst)) worst = severity;
          const finding: Finding = {
            ruleId: rule.id,
            aliases: rule.aliases,
            severity,
            lens: rule.lens,
            messageId: result.messageId,
            message: render(rule.messages, result, resource, keep),
            resource: shared,
            location: locationOf(resource, result, file, template, keep, locations),
          };
          if (reported) raw.push(finding);
        } else if (result.status === 'unknown' && status !== 'fail') status = 'unknown';
        else if (result.status === 'pass' && status === undefined) status = 'pass';
      }
      if (status) out.outcomes.push({ ruleId: rule.id, file: keep(fileOf(resource.location.file, template, file)), logicalId: keep(resource.logicalId), resourceType: keep(resource.type), line: resource.location.line, status, ...(status === 'fail' && worst ? { severity: worst } : {}) });
    }
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
