// Types of `slens/cdk` for TypeScript CDK apps (the package is compiled without declarations; this file is
// checked against the implementation by test/integrations/cdk-types.test.ts).
import type { IPolicyValidationContextBeta1, IPolicyValidationPluginBeta1, PolicyValidationPluginReportBeta1 } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

export type FailOn = 'error' | 'warning' | 'info' | 'none';
export declare const FAIL_ON: readonly FailOn[];

export interface SlensValidatorOptions {
  /** Synth fails when a finding has this severity or higher (default `error`); `none` only reports. */
  failOn?: FailOn;
  /** Language of the messages and fixes (default `en`). */
  lang?: 'en' | 'ja';
  /** A `.slens.yml` (default: the one in the working directory, when present). */
  config?: string;
  /** The scan date, YYYY-MM-DD (default today, UTC). */
  today?: string;
}

export declare class SlensValidator implements IPolicyValidationPluginBeta1 {
  readonly name: 'slens';
  readonly version: string;
  readonly ruleIds: string[];
  constructor(options?: SlensValidatorOptions);
  validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1;
}

/** Suppresses `rule` (an id or alias) on the resource of `construct` (itself, or its default child), with a reason. */
export declare function suppress(construct: IConstruct, rule: string, reason: string): void;
