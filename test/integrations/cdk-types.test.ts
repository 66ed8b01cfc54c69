// types/cdk.d.ts (what TypeScript apps see of `slens/cdk`) must describe the implementation: checked when
// this file compiles, and the exported names compared at run time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as implementation from '../../src/integrations/cdk/index.js';
import type * as declared from '../../types/cdk.js';

// Compile-time: the implementation can be used wherever the declared module is expected.
const asDeclared: Pick<typeof declared, 'SlensValidator' | 'suppress' | 'FAIL_ON'> = implementation;
const options: declared.SlensValidatorOptions = { failOn: 'warning', lang: 'ja' };

test('types/cdk.d.ts declares what slens/cdk exports', () => {
  assert.deepEqual(Object.keys(implementation).sort(), ['FAIL_ON', 'SlensValidator', 'suppress']);
  assert.equal(new asDeclared.SlensValidator(options).name, 'slens');
});
