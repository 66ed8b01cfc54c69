// `slens/cdk`: the CDK policy-validation plugin and the helper that suppresses a finding on a construct.
export { SlensValidator, FAIL_ON, type FailOn, type SlensValidatorOptions } from './validator.js';
export { suppress } from './suppress.js';
