// Evidence per lens choice (DESIGN.md "Evidence"): for every choice of the built-in Serverless Lens, what
// the rules mapped to it answered over the scanned resources, and from that a suggested answer per question.
// Pure: a function of the scan result and the rule catalog, so the same scan gives the same evidence.
import { loadBuiltinLensOutline } from '../lens/builtin.js';
import { evaluateRisk, type EvaluatedRisk } from '../lens/risk.js';
import { isNoneChoiceId, type LensOutline } from '../lens/types.js';
import { RULES } from '../rules/index.js';
import type { Finding, LensRef, Rule } from '../rules/types.js';
import type { ScanOutput, ScanResult } from './types.js';
import { outcomeTable, type JudgedResource, type OutcomeTable } from './outcome-table.js';
import { FindingStore } from './finding-store.js';

/**
 * `supported`: resources the choice's rules judge exist and all conform; `contradicted`: some do not, at
 * warning or error severity (the findings are the proof); `unknown`: nothing scanned can decide it (no
 * relevant resource, symbolic values, no rule can see it, or only info-level notes speak against it).
 * Evidence weighs severity: an info-level failure is a note, so it neither supports nor contradicts on its
 * own; a resource with only info-level failures counts neither as passed nor as failed, and a choice with
 * such a resource is not `supported` either.
 */
export type EvidenceStatus = 'supported' | 'contradicted' | 'unknown';

export interface ChoiceEvidence {
  pillar: LensRef['pillar'];
  question: string;
  choice: string;
  status: EvidenceStatus;
  /** Resources every rule of the choice passed (suppressed findings are a person's decision: left out). */
  passed: number;
  /** Resources at least one rule of the choice failed. */
  failed: number;
  /** The passing resources (as many as `passed`), sorted by file, line and id. */
  passes: PassingResource[];
  /** The CloudFormation types of the judged resources (passed and failed), sorted, each once. */
  resourceTypes: string[];
  /** The unsuppressed findings of the choice's rules (the proof of `contradicted`). */
  findings: Finding[];
  /** Ids of the rules mapped to the choice, sorted. */
  rules: string[];
}

/** A resource every rule of a choice passed. */
export interface PassingResource {
  file: string;
  /** Where the resource is written (absent when the scan did not know). */
  line?: number;
  logicalId: string;
  resourceType: string;
}

export interface SuggestedAnswer {
  pillar: LensRef['pillar'];
  question: string;
  /** The supported choices, in lens order: a suggestion until a person confirms it. */
  selectedChoices: string[];
  risk: EvaluatedRisk;
}

export interface Evidence {
  choices: ChoiceEvidence[];
  answers: SuggestedAnswer[];
}

/** A choice's evidence without its findings (what reports print: status and counts). */
export type ChoiceCounts = Omit<ChoiceEvidence, 'findings'>;

/** Evidence as counts: what reports of a scan whose findings are records (finding-store.ts) compute. */
export interface EvidenceCounts {
  choices: ChoiceCounts[];
  answers: SuggestedAnswer[];
}

/** Rules per choice id, each list sorted by rule id. */
export function rulesByChoice(rules: readonly Rule[] = RULES): Map<string, Rule[]> {
  const map = new Map<string, Rule[]>();
  for (const rule of [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const list = map.get(rule.lens.choice);
    if (list) list.push(rule);
    else map.set(rule.lens.choice, [rule]);
  }
  return map;
}

/** Items by key, each list in the original order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

const resourceKey = (file: string, logicalId: string): string => `${file}\u0000${logicalId}`;

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function comparePasses(a: PassingResource, b: PassingResource): number {
  return compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.logicalId, b.logicalId);
}

/** Per resource, the strongest answer of the choice's rules wins: a failure over a note over a pass. */
const WEIGHT = { pass: 0, note: 1, fail: 2 } as const;

/** Numbers for the resources of a table: one per file and logical id (rows of other types or lines share it). */
interface ResourceIds {
  /** Per row of the table, its number. */
  ofRow: Uint32Array;
  count: number;
  /** The number of a file's logical id, if the table judged it. */
  find(file: string, logicalId: string): number | undefined;
}

function resourceIds(table: OutcomeTable): ResourceIds {
  const byFile = new Map<string, Map<string, number>>();
  const ofRow = new Uint32Array(table.resources.length);
  let count = 0;
  table.resources.forEach((r, row) => {
    let inFile = byFile.get(r.file);
    if (!inFile) byFile.set(r.file, (inFile = new Map()));
    let id = inFile.get(r.logicalId);
    if (id === undefined) inFile.set(r.logicalId, (id = count++));
    ofRow[row] = id;
  });
  return { ofRow, count, find: (file, logicalId) => byFile.get(file)?.get(logicalId) };
}

/** Evidence for every choice of the built-in lens (all but the "None of these" choices), in lens order. */
export function computeEvidence(result: ScanResult, rules: readonly Rule[] = RULES, lens: LensOutline = loadBuiltinLensOutline()): Evidence {
  const findingsByChoice = groupBy(result.findings, (f) => f.lens?.choice);
  const counts = evidenceCounts(result, rules, lens);
  // The same members in the same order as ever (findings before rules).
  const choices = counts.choices.map((c) => ({ pillar: c.pillar, question: c.question, choice: c.choice, status: c.status, passed: c.passed, failed: c.failed, passes: c.passes, resourceTypes: c.resourceTypes, findings: findingsByChoice.get(c.choice) ?? [], rules: c.rules }));
  return { choices, answers: counts.answers };
}

/** Each choice's findings that could weigh against it (warning or error): as objects, or as positions in a store. */
function weightyByChoice(findings: ScanOutput['findings']): Map<string, (Finding | number)[]> {
  if (!(findings instanceof FindingStore)) return groupBy<Finding | number>(findings, (f) => (f as Finding).lens?.choice);
  const positions = new Map<string, number[]>();
  for (let i = 0; i < findings.length; i++) {
    const choice = findings.headAt(i).lens?.choice;
    if (choice === undefined || findings.severityAt(i) === 'info') continue;
    const list = positions.get(choice);
    if (list) list.push(i);
    else positions.set(choice, [i]);
  }
  return positions;
}

const ruleResourceKey = (f: Finding): string => `${f.ruleId}\u0000${resourceKey(f.location.file, f.resource.logicalId)}`;

/** Evidence as status and counts for every choice of the built-in lens, in lens order (no findings held). */
export function evidenceCounts(result: ScanOutput, rules: readonly Rule[] = RULES, lens: LensOutline = loadBuiltinLensOutline()): EvidenceCounts {
  const byChoice = rulesByChoice(rules);
  // A resource whose every finding of a rule was suppressed is neither a pass nor a fail of that rule.
  const suppressed = new Set(Array.from(result.suppressed, ruleResourceKey));
  // Asked only about suppressed failures: with nothing suppressed (most scans) it is not built.
  const unsuppressedFail = suppressed.size === 0 ? new Set<string>() : new Set(Array.from(result.findings, ruleResourceKey));
  // Indexed once: walking every outcome for every choice was quadratic on large scans.
  const outcomes = outcomeTable(result.outcomes);
  const positionsByRule = outcomes.positionsByRule();
  const findingsByChoice = weightyByChoice(result.findings);
  const store = result.findings instanceof FindingStore ? result.findings : undefined;
  // Per resource, the strongest answer of the current choice's rules (-1: not judged) and its first row; made
  // once for all choices and reset after each (a map per file per choice was most of what evidence allocated).
  const ids = resourceIds(outcomes);
  const weightOf = new Int8Array(ids.count).fill(-1);
  const firstOf: (JudgedResource | undefined)[] = new Array<JudgedResource | undefined>(ids.count);
  const choices: ChoiceCounts[] = [];
  const answers: SuggestedAnswer[] = [];
  for (const pillar of lens.pillars) {
    for (const question of pillar.questions) {
      const selected: string[] = [];
      for (const choice of question.choices) {
        if (isNoneChoiceId(choice.id)) continue;
        const choiceRules = byChoice.get(choice.id) ?? [];
        const ruleIds = new Set(choiceRules.map((r) => r.id));
        const touched: number[] = [];
        for (const ruleId of ruleIds) {
          for (const position of positionsByRule.get(ruleId) ?? []) {
            const answer = outcomes.statusAt(position);
            if (answer === 'unknown') continue;
            let status: keyof typeof WEIGHT | undefined = answer === 'pass' ? 'pass' : undefined;
            if (answer === 'fail') {
              status = outcomes.severityAt(position) === 'info' ? 'note' : 'fail';
              if (suppressed.size > 0) {
                // Only a failure asks about suppressions (the key is built for those alone: most outcomes pass).
                const resource = outcomes.resourceAt(position);
                const ruleKey = `${ruleId}\u0000${resourceKey(resource.file, resource.logicalId)}`;
                if (suppressed.has(ruleKey) && !unsuppressedFail.has(ruleKey)) status = undefined;
              }
            }
            if (status === undefined) continue;
            const id = ids.ofRow[outcomes.resourceIndexAt(position)] as number;
            const before = weightOf[id] as number;
            if (before === -1) {
              touched.push(id);
              weightOf[id] = WEIGHT[status];
              // The judged resource is the table's own object: the proof of a pass names it as it is.
              firstOf[id] = outcomes.resourceAt(position);
            } else if (WEIGHT[status] > before) weightOf[id] = WEIGHT[status];
          }
        }
        const judged = touched.length;
        let failed = 0;
        let passed = 0;
        const passes: PassingResource[] = [];
        const types = new Set<string>();
        for (const id of touched) {
          const weight = weightOf[id] as number;
          const resource = firstOf[id] as JudgedResource;
          if (weight === WEIGHT.fail) failed += 1;
          else if (weight === WEIGHT.pass) {
            passed += 1;
            passes.push(resource);
          }
          if (weight !== WEIGHT.note) types.add(resource.resourceType);
        }
        passes.sort(comparePasses);
        const noted = judged - failed - passed;
        // Findings without an outcome (none today) weigh by their own severity (a store's are read only when asked).
        const weighty =
          failed > 0 ||
          (findingsByChoice.get(choice.id) ?? []).some((item) => {
            const f = typeof item === 'number' ? (store as FindingStore).at(item) : item;
            const id = f.severity === 'info' ? undefined : ids.find(f.location.file, f.resource.logicalId);
            return f.severity !== 'info' && (id === undefined || weightOf[id] === -1);
          });
        for (const id of touched) {
          weightOf[id] = -1;
          firstOf[id] = undefined;
        }
        const status: EvidenceStatus = weighty ? 'contradicted' : passed > 0 && noted === 0 ? 'supported' : 'unknown';
        if (status === 'supported') selected.push(choice.id);
        choices.push({
          pillar: pillar.id as LensRef['pillar'],
          question: question.id,
          choice: choice.id,
          status,
          passed,
          failed,
          passes,
          resourceTypes: [...types].sort(),
          rules: choiceRules.map((r) => r.id),
        });
      }
      answers.push({ pillar: pillar.id as LensRef['pillar'], question: question.id, selectedChoices: selected, risk: evaluateRisk(question, selected).risk });
    }
  }
  return { choices, answers };
}
