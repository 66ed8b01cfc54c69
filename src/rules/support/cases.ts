// The shape of a rule's test cases (ESLint's RuleTester style): templates as YAML text, read by the real
// loader. `<rule-id>.cases.ts` beside each rule exports `cases`; test/rules runs them all and fails when a
// catalog rule has none.

export interface ValidCase {
  name: string;
  /** A whole template (YAML). */
  template: string;
  /** Scan date, default 2026-11-25. */
  today?: string;
  /** When given: the rule's answer per judged resource, as `LogicalId status`, by resource type (the order of `resourceTypes`) then template order. */
  outcomes?: string[];
  /** Files beside the template (handler code, lock files), by path relative to the template's folder. */
  files?: Record<string, string>;
  /** Logical ids of resources of the rule's types that the rule must answer "not applicable" for (no outcome). */
  notApplicable?: string[];
}

export interface ExpectedFinding {
  messageId: string;
  /** 1-based line the finding points at. */
  line: number;
  /** The resource the finding is on, when the template has several. */
  resource?: string;
  severity?: 'error' | 'warning' | 'info';
}

export interface InvalidCase extends ValidCase {
  /** Every finding of the rule on this template, in file order. */
  errors: ExpectedFinding[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}
