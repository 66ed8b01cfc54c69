// Broken lenses and conditions that, together, trigger every message of lens validation (see
// test/lens/messages.test.ts). Each document is a small valid lens with one thing (or a few) broken.

/** A small valid lens: one pillar, one question with a choice, a "None of these" choice and two risk rules. */
export function validLens(): any {
  return {
    schemaVersion: '2021-11-01',
    name: 'Test lens',
    description: 'A lens for tests',
    pillars: [
      {
        id: 'pillar_a',
        name: 'Pillar A',
        questions: [
          {
            id: 'q_one',
            title: 'Question one',
            description: 'What the question asks',
            choices: [
              { id: 'q_one_a', title: 'Choice A', helpfulResource: { displayText: 'Read', url: 'https://example.com/a' }, improvementPlan: { displayText: 'Do A' } },
              { id: 'q_one_no', title: 'None of these' },
            ],
            riskRules: [
              { condition: 'q_one_a', risk: 'NO_RISK' },
              { condition: 'default', risk: 'HIGH_RISK' },
            ],
          },
        ],
      },
    ],
  };
}

function broken(change: (lens: any) => void): unknown {
  const lens = validLens();
  change(lens);
  return lens;
}

const question = (l: any): any => l.pillars[0].questions[0];
const choice = (l: any): any => question(l).choices[0];

/** Documents (as values) with problems of every kind the validator reports. */
export const BROKEN_LENS_VALUES: readonly unknown[] = [
  [1, 2],
  broken((l) => (l.pillars[0] = 42)),
  broken((l) => delete l.name),
  broken((l) => delete l.schemaVersion),
  broken((l) => (l.pillars = 3)),
  broken((l) => (l.pillars = [])),
  broken((l) => (l.pillars = Array.from({ length: 11 }, (_, i) => ({ ...l.pillars[0], id: `pillar_${i}` })))),
  broken((l) => (l.name = 42)),
  broken((l) => (l.name = '  ')),
  broken((l) => (l.name = 'x'.repeat(129))),
  broken((l) => (l.description = 'x'.repeat(1025))),
  broken((l) => (l.name = 'a <b>')),
  broken((l) => (l.pillars[0].id = 'ab')),
  broken((l) => (l.pillars[0].id = 'p'.repeat(65))),
  broken((l) => (l.pillars[0].id = 'a-b')),
  broken((l) => (choice(l).helpfulResource.url = '')),
  broken((l) => (choice(l).helpfulResource.url = `https://example.com/${'a'.repeat(2048)}`)),
  broken((l) => (choice(l).helpfulResource.url = 'not a url')),
  broken((l) => (choice(l).helpfulResource.url = 'ftp://example.com/a')),
  broken((l) => (choice(l).helpfulResource = 'read the docs')),
  broken((l) => (question(l).choices[1].id = 'q_one_a')),
  broken(
    (l) =>
      (choice(l).additionalResources = [
        { type: 'LINK', content: [{ displayText: 'x', url: 'https://example.com' }] },
        { type: 'HELPFUL_RESOURCE', content: [] },
        { type: 'HELPFUL_RESOURCE', content: [7] },
      ]),
  ),
  broken((l) => (question(l).riskRules[0].risk = 'LOW')),
  broken((l) => (question(l).riskRules[0].risk = 'HIGH_RISK')),
  broken((l) => (question(l).riskRules[0] = 'q_one_a')),
  broken((l) => (question(l).riskRules[0].condition = 7)),
  broken((l) => (question(l).riskRules[0].condition = 'q_one_a &')),
  broken((l) => (question(l).riskRules[0].condition = 'default')),
  broken((l) => question(l).riskRules.push({ condition: 'q_one_no', risk: 'MEDIUM_RISK' })),
  broken((l) => (question(l).riskRules[0].condition = 'q_one_zz')),
  broken((l) => question(l).riskRules.pop()),
  broken((l) => question(l).choices.push({ id: 'other_no', title: 'None either' })),
  broken((l) => question(l).choices.shift()),
  broken((l) => (l.schemaVersion = '2020-01-01')),
  broken((l) => l.pillars.push({ ...l.pillars[0], id: 'pillar_b' })),
];

/** Risk-rule conditions with every kind of syntax error. */
export const BROKEN_CONDITIONS: readonly string[] = [
  '',
  '   ',
  'a || '.repeat(3000) + 'a',
  'a & b',
  'a | b',
  'a $ b',
  'a b',
  'a && b)',
  `${'('.repeat(250)}a${')'.repeat(250)}`,
  'a || default',
  'a &&',
  '&& a',
  '!',
  '(a || b',
];
