// The models of the scanner's first stages: a Template (one file) and its Resources with source positions,
// and the ResourceGraph of a whole scan. Loaders produce these; rules read them; nothing here reads files.
import type { Localized } from '../util/i18n.js';

export interface Location {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export type IacFormat = 'cloudformation' | 'sam' | 'cdk' | 'serverless' | 'terraform';

/** A parse or load problem of one file: the scan records it and goes on with the rest. */
export interface LoadError {
  file: string;
  line: number;
  column?: number;
  message: string;
  /** Stable id, e.g. `yaml-syntax`, `duplicate-key`, `too-large`, `not-utf8`, `alias-limit`, `too-deep`. */
  code: string;
  /** Values for a localized message (for `duplicate-key`: `key`, `first` and `second` line). */
  data?: Record<string, string>;
  /** The message in English and Japanese, when it was raised as a pair (file reading problems). */
  localized?: Localized;
}

/**
 * A value that could not be resolved (a parameter without default, an import, an attribute of an
 * unknown resource). Rules must not raise alarms on it: a symbolic value is "unknown", never "wrong".
 */
export interface Symbolic {
  readonly symbolic: true;
  /** The intrinsic function as written, e.g. `{ Ref: 'Stage' }`. */
  readonly expression: unknown;
  /** For `Fn::If` only: the condition name and both branches, resolved (`undefined` for `AWS::NoValue`). */
  readonly condition?: string;
  readonly branches?: readonly [unknown, unknown];
}

export interface Resource {
  logicalId: string;
  /** CloudFormation type, e.g. `AWS::Lambda::Function`. SAM resources are expanded into these. */
  type: string;
  /** Properties with intrinsics resolved where they can be; unresolved values are Symbolic. */
  properties: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  /** Where the resource is written (the SAM source for expanded resources). */
  location: Location;
  /** Where a property is written; falls back to the resource's location. Path is relative to Properties. */
  locate(path: readonly (string | number)[]): Location;
  format: IacFormat;
  /** For resources expanded from SAM / Serverless / Terraform: the source resource's id and type. */
  origin?: { logicalId: string; type: string };
  /** CDK construct path from `aws:cdk:path` metadata, for attributing findings. */
  constructPath?: string;
  /** The condition name guarding the resource, if any. */
  condition?: string;
  /** The `UpdatePolicy` attribute (e.g. `CodeDeployLambdaAliasUpdate` on an alias SAM made for DeploymentPreference). */
  updatePolicy?: Record<string, unknown>;
}

/** The parameter a Terraform module "takes" when it reads `terraform.workspace` (one state per workspace). */
export const TERRAFORM_WORKSPACE = 'terraform.workspace';

export interface Template {
  file: string;
  format: IacFormat;
  resources: Resource[];
  /** CloudFormation parameters; a Terraform module's variables (and TERRAFORM_WORKSPACE when it reads it). */
  parameters: Record<string, { default?: unknown; location: Location }>;
  /** Template-level Metadata (suppressions live here). */
  metadata: Record<string, unknown>;
  errors: LoadError[];
}
