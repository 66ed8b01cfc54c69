// The rule model (DESIGN.md "Rules: the convention"): ESLint-style metadata beside a cdk-nag-style pure check.
// A rule never reads a file: it sees one resource and a context (the graph of its template, the template's
// parameters and format, a reader of the code beside it, the scan date), as ESLint hands a rule `context`.
import type { Localized } from '../util/i18n.js';
import type { IacFormat, Location, Resource, ResourceGraph, TemplateParameter } from '../iac/types.js';
import type { CodeReader } from './support/code.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is more severe; `--fail-on` compares with this. */
export function severityRank(severity: Severity): number {
  return severity === 'error' ? 3 : severity === 'warning' ? 2 : 1;
}

/** A choice of the built-in Serverless Lens (ids from the lens: pillar, question, choice). */
export interface LensRef {
  pillar: 'operationalExcellence' | 'security' | 'reliability' | 'performance' | 'costOptimization';
  question: string;
  choice: string;
}

export interface RuleLink {
  title: string;
  url: string;
}

export interface RuleDocs {
  /** What the rule checks, in a few sentences. */
  description: Localized;
  /** Why it matters. */
  rationale: Localized;
  /** How to fix a finding (may contain a YAML example in a fenced block). */
  fix: Localized;
  /** Where this rule's meaning differs from the tool its aliases come from, when it does. */
  differences?: Localized;
  links: readonly RuleLink[];
}

/** What the scan knows besides the graph; injected so results are reproducible (tests pin the date). */
export interface RuleEnvironment {
  /** The scan date, `YYYY-MM-DD` (UTC). */
  today: string;
}

/** What rules may know of the template besides its resources. */
export interface TemplateContext {
  /** Names of the template's parameters. */
  parameters: readonly string[];
  /** The parameters as declared (type, NoEcho / Terraform `sensitive`, default and where each is written), by name. */
  declared: Readonly<Record<string, TemplateParameter>>;
  /** The template's source format (a Serverless Framework service has stages built in). */
  format: IacFormat;
}

/** The second argument of every check, built once per template by the scan. */
export interface RuleContext extends RuleEnvironment {
  graph: ResourceGraph;
  template: TemplateContext;
  /** Files beside the template (handler code, lock files), when the scan reads from disk. */
  code?: CodeReader;
}

export type { PropertyPath } from '../iac/values.js';
import type { PropertyPath } from '../iac/values.js';

export interface Pass {
  status: 'pass';
}
export interface NotApplicable {
  status: 'not-applicable';
}
/** The deciding value is symbolic (unresolved intrinsic, external resource): unknown is never wrong. */
export interface Unknown {
  status: 'unknown';
  /** Path of the value that could not be decided, relative to Properties. */
  path?: PropertyPath;
}
export interface Fail {
  status: 'fail';
  messageId: string;
  /** Placeholder values for the message, the same in both languages. */
  data?: Readonly<Record<string, string | number>>;
  /** Path of the offending property relative to Properties; absent: the resource itself. */
  path?: PropertyPath;
  /** Overrides the rule's severity for this result (e.g. a runtime already blocked vs. soon deprecated). */
  severity?: Severity;
}
export type CheckResult = Pass | NotApplicable | Unknown | Fail;

export interface RuleMeta {
  /** kebab-case, explains itself: `lambda-tracing`. */
  id: string;
  title: Localized;
  severity: Severity;
  lens: LensRef;
  /** Ids other tools use for the same check (awslabs/serverless-rules, cfn-lint), for carrying suppressions over. */
  aliases: readonly string[];
  /** CloudFormation types the check runs on (after SAM expansion). */
  resourceTypes: readonly string[];
  /** Message ids → text with `{placeholders}`; `{resource}` is always available. */
  messages: Readonly<Record<string, Localized>>;
  docs: RuleDocs;
  /**
   * Evidence only: the check answers pass or unknown, never fail — for practices a template can show but
   * whose absence it cannot prove (code may do it). Such a rule has no messages and no invalid cases.
   */
  evidenceOnly?: true;
  /**
   * Advice for every resource of its kind (code signing, gradual deployment): its answers count as evidence
   * for its lens choice, but its findings are reported only when asked (`--include-advice`, `includeAdvice:
   * true` in `.slens.yml`, or the rule turned `on` or given a severity there).
   */
  advice?: true;
}

export interface Rule extends RuleMeta {
  check(resource: Resource, ctx: RuleContext): CheckResult | readonly CheckResult[];
}

/** A rule that the scanner itself reports (load problems, suppressions): no check, no lens choice. */
export type MetaRule = Omit<RuleMeta, 'lens' | 'resourceTypes'> & { lens?: undefined; resourceTypes?: undefined };

export interface FindingResource {
  logicalId: string;
  type: string;
  /** The SAM / Serverless source resource when the finding is on an expanded resource. */
  origin?: { logicalId: string; type: string };
  constructPath?: string;
}

/** One failed check, located and worded in both languages. */
export interface Finding {
  ruleId: string;
  aliases: readonly string[];
  severity: Severity;
  lens?: LensRef;
  messageId: string;
  message: Localized;
  resource: FindingResource;
  location: Location;
}
