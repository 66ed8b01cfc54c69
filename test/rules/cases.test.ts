// RuleTester over the whole catalog: every rule's valid and invalid YAML cases, read by the real template
// loader (src/iac) so lines, SAM expansion and intrinsics are what users get.
import { describe, it } from 'node:test';
import { RULES } from '../../src/rules/index.js';
import type { RuleCases } from '../../src/rules/support/cases.js';
import { iacLoader } from '../../src/scan/iac-loader.js';
import { checkInvalid, checkValid } from './rule-tester.js';

const loader = iacLoader();
const load = (file: string, text: string) => loader.load(file, text);

for (const rule of RULES) {
  const { cases } = (await import(`../../src/rules/${rule.id}.cases.js`)) as { cases: RuleCases };
  describe(rule.id, () => {
    for (const c of cases.valid) it(`valid: ${c.name}`, () => checkValid(rule, load, c));
    for (const c of cases.invalid) it(`invalid: ${c.name}`, () => checkInvalid(rule, load, c));
  });
}
