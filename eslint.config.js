// Lint config: the recommended JS and TypeScript rules, without type-aware rules so `npm test` stays fast.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Imports point one way (DESIGN.md): cli, server, integrations → scan, review, analyze, wa, report →
// lens, iac, rules, store → util. Each layer's block forbids importing from the layers above it; the
// patterns match relative imports that climb out of the importing folder into a top-level src/ folder.
const TOP = ['cli', 'server', 'integrations'];
const MIDDLE = ['scan', 'review', 'analyze', 'wa', 'report'];
const LOW = ['lens', 'iac', 'rules', 'store'];
const into = (layers, why) => ({ regex: `^(\\.\\./)+(${layers.join('|')})/`, message: why });
const above = (layer) => {
  if (layer === 'util') return [into([...TOP, ...MIDDLE, ...LOW], 'util/ is the bottom layer: it imports no other part of src/.')];
  if (LOW.includes(layer)) {
    const up = into([...TOP, ...MIDDLE], `${layer}/ is below scan, review, analyze, wa, report, cli, server and integrations: it may not import them.`);
    // A loader never knows a rule (DESIGN.md).
    return layer === 'iac' ? [up, into(['rules'], 'A loader never knows a rule: iac/ may not import rules/.')] : [up];
  }
  if (MIDDLE.includes(layer)) return [into(TOP, `${layer}/ is below cli, server and integrations: it may not import them.`)];
  return [];
};
const noTests = { regex: '^(\\.\\./)+test/', message: 'Shipped code does not import from test/.' };
const layerBlocks = ['util', ...LOW, ...MIDDLE].map((layer) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { patterns: [...above(layer), noTests] }] },
}));
// One file per rule: a rule imports types, support/ and data/, never another rule; support/ never a rule.
const ruleImportsRule = { regex: '^\\./(?!types\\.js$|support/|data/)', message: 'No rule imports another rule: shared helpers live in src/rules/support/.' };
const supportImportsRule = { regex: '^\\.\\./(?!types\\.js$|data/)[^./][^/]*\\.js$', message: 'src/rules/support/ serves rules and never imports one.' };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-artifacts/', 'bench/out/', '**/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  ...layerBlocks,
  {
    files: ['src/rules/*.ts'],
    ignores: ['src/rules/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...above('rules'), noTests, ruleImportsRule] }] },
  },
  {
    files: ['src/rules/support/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...above('rules'), noTests, supportImportsRule] }] },
  },
  {
    files: ['src/cli/**/*.ts', 'src/server/**/*.ts', 'src/integrations/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noTests] }] },
  },
  {
    // Tests reshape parsed JSON freely to build broken inputs.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // bin/ is CommonJS (bin/package.json): a CommonJS entry starts without Node's ES module loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
