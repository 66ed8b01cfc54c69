import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLensText, serializeLens } from '../../src/lens/parse.js';
import { evaluateRisk } from '../../src/lens/risk.js';
import {
  NONE_OF_THESE,
  SERVERLESS_ESSENTIALS,
  SERVERLESS_LENS_VERSION,
  buildServerlessLens,
  essentialsFor,
  localizedUrl,
} from '../../src/lens/serverless/build.js';
import { SERVERLESS_PILLARS } from '../../src/lens/serverless/index.js';
import type { Lens, LensChoice, LensQuestion, LensResource } from '../../src/lens/types.js';
import type { Lang } from '../../src/util/i18n.js';
import { generatedFiles } from '../../scripts/generate-lens.js';
import { repoRoot } from '../helpers/repo.js';

const LANGS: readonly Lang[] = ['en', 'ja'];
const lenses: Record<Lang, Lens> = { en: buildServerlessLens('en'), ja: buildServerlessLens('ja') };

/** The id contract other parts of slens (rules, evidence, stored reviews) rely on. */
const EXPECTED: Record<string, { pillar: string; choices: string[] }> = {
  OPS1: { pillar: 'operationalExcellence', choices: ['ops1_managed_metrics', 'ops1_tracing', 'ops1_structured_logging', 'ops1_application_metrics'] },
  OPS2: {
    pillar: 'operationalExcellence',
    choices: ['ops2_iac_stages', 'ops2_temporary_environments', 'ops2_rollout_deployments', 'ops2_configuration_management', 'ops2_runtime_deprecation', 'ops2_cicd'],
  },
  SEC1: { pillar: 'security', choices: ['sec1_endpoint_types', 'sec1_authn_authz', 'sec1_scoped_access'] },
  SEC2: { pillar: 'security', choices: ['sec2_resource_policies', 'sec2_temporary_credentials', 'sec2_network_controls', 'sec2_single_purpose_functions'] },
  SEC3: {
    pillar: 'security',
    choices: ['sec3_security_awareness', 'sec3_secrets', 'sec3_runtime_protection', 'sec3_dependency_review', 'sec3_input_validation'],
  },
  REL1: { pillar: 'reliability', choices: ['rel1_throttling', 'rel1_quotas', 'rel1_protect_nonscalable'] },
  REL2: { pillar: 'reliability', choices: ['rel2_failures', 'rel2_duplicate_events', 'rel2_orchestration', 'rel2_burst_scaling'] },
  PERF1: { pillar: 'performance', choices: ['perf1_capacity', 'perf1_startup', 'perf1_async_concurrency', 'perf1_caching', 'perf1_direct_integrations'] },
  COST1: {
    pillar: 'costOptimization',
    choices: ['cost1_init_external_calls', 'cost1_logging_retention', 'cost1_function_configuration', 'cost1_cost_aware_patterns'],
  },
};

/** Characters ImportLens accepts in names, titles and question descriptions (letters of any script, digits, a few marks). */
const IMPORT_SAFE = /^[\p{L}\p{M}\p{N} \n\-_.,:/()@!&#+'?]*$/u;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function questions(lens: Lens): LensQuestion[] {
  return lens.pillars.flatMap((p) => p.questions);
}

function question(lens: Lens, id: string): LensQuestion {
  const found = questions(lens).find((q) => q.id === id);
  assert.ok(found, `question ${id}`);
  return found;
}

function bestPractices(q: LensQuestion): LensChoice[] {
  return q.choices.filter((c) => !c.id.endsWith('_no'));
}

function essentialsOf(questionId: string): readonly string[] {
  const entry = essentialsFor(questionId);
  assert.ok(entry, `essentials for ${questionId}`);
  return entry.choices;
}

/** Every human-readable text of a lens with where it is and which limits apply to it. */
function texts(lens: Lens): { path: string; text: string; max: number; restricted: boolean }[] {
  const out = [
    { path: 'name', text: lens.name, max: 128, restricted: true },
    { path: 'description', text: lens.description, max: 1024, restricted: true },
  ];
  const resource = (path: string, r: LensResource | undefined, max: number) => {
    if (r) out.push({ path: `${path}.displayText`, text: r.displayText, max, restricted: false });
  };
  for (const p of lens.pillars) {
    out.push({ path: `${p.id}.name`, text: p.name, max: 128, restricted: true });
    for (const q of p.questions) {
      out.push({ path: `${q.id}.title`, text: q.title, max: 128, restricted: true });
      out.push({ path: `${q.id}.description`, text: q.description, max: 1024, restricted: true });
      resource(`${q.id}.helpfulResource`, q.helpfulResource, 64);
      for (const c of q.choices) {
        out.push({ path: `${c.id}.title`, text: c.title, max: 128, restricted: true });
        out.push({ path: `${c.id}.description`, text: c.description ?? '', max: 1024, restricted: false });
        resource(`${c.id}.helpfulResource`, c.helpfulResource, 1024);
        resource(`${c.id}.improvementPlan`, c.improvementPlan, 1024);
      }
    }
  }
  return out;
}

function urls(lens: Lens): { path: string; url: string }[] {
  const out: { path: string; url: string }[] = [];
  for (const q of questions(lens)) {
    if (q.helpfulResource?.url) out.push({ path: `${q.id}.helpfulResource`, url: q.helpfulResource.url });
    for (const c of q.choices) {
      if (c.helpfulResource?.url) out.push({ path: `${c.id}.helpfulResource`, url: c.helpfulResource.url });
      if (c.improvementPlan?.url) out.push({ path: `${c.id}.improvementPlan`, url: c.improvementPlan.url });
    }
  }
  return out;
}

test('pillars, questions and choices carry exactly the contracted ids, in order, in both languages', () => {
  for (const lang of LANGS) {
    const lens = lenses[lang];
    assert.deepEqual(
      lens.pillars.map((p) => p.id),
      ['operationalExcellence', 'security', 'reliability', 'performance', 'costOptimization'],
      lang,
    );
    assert.deepEqual(questions(lens).map((q) => q.id), Object.keys(EXPECTED), lang);
    for (const [qid, expected] of Object.entries(EXPECTED)) {
      const pillar = lens.pillars.find((p) => p.questions.some((q) => q.id === qid));
      assert.equal(pillar?.id, expected.pillar, `${lang} ${qid} pillar`);
      assert.deepEqual(question(lens, qid).choices.map((c) => c.id), [...expected.choices, `${qid}_no`], `${lang} ${qid}`);
    }
  }
});

/** The Japanese build links the /ja_jp/ edition of AWS docs pages; everything else is shared. */
function toEnglish(url: string | undefined): string | undefined {
  return url?.replace('https://docs.aws.amazon.com/ja_jp/', 'https://docs.aws.amazon.com/');
}

test('English and Japanese builds have identical structure and risk rules, differing only in text', () => {
  const shape = (lens: Lens) =>
    lens.pillars.map((p) => ({
      id: p.id,
      questions: p.questions.map((q) => ({
        id: q.id,
        url: toEnglish(q.helpfulResource?.url),
        riskRules: q.riskRules,
        choices: q.choices.map((c) => ({
          id: c.id,
          keys: Object.keys(c),
          helpful: toEnglish(c.helpfulResource?.url),
          plan: toEnglish(c.improvementPlan?.url),
        })),
      })),
    }));
  assert.deepEqual(shape(lenses.ja), shape(lenses.en));
  assert.deepEqual(Object.keys(lenses.ja), Object.keys(lenses.en));
  assert.equal(lenses.en.schemaVersion, '2021-11-01');
  assert.notEqual(lenses.en.name, lenses.ja.name);
});

test('the Japanese build links Japanese AWS documentation pages, the English build English ones', () => {
  assert.equal(localizedUrl('https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html', 'ja'), 'https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/snapstart.html');
  assert.equal(localizedUrl('https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html', 'en'), 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html');
  const powertools = 'https://docs.aws.amazon.com/powertools/typescript/latest/features/idempotency/';
  assert.equal(localizedUrl(powertools, 'ja'), powertools, 'Powertools docs are English only');
  assert.equal(localizedUrl('https://aws.amazon.com/security/security-bulletins/', 'ja'), 'https://aws.amazon.com/security/security-bulletins/');
  const ja = urls(lenses.ja).filter((u) => u.url.startsWith('https://docs.aws.amazon.com/') && !u.url.includes('/powertools/'));
  assert.ok(ja.length > 60);
  for (const { path, url } of ja) assert.ok(url.startsWith('https://docs.aws.amazon.com/ja_jp/'), `ja ${path}: ${url}`);
  for (const { path, url } of urls(lenses.en)) assert.ok(!url.includes('/ja_jp/'), `en ${path}: ${url}`);
});

test('every best practice has a description, a helpful resource and an improvement plan in both languages', () => {
  for (const lang of LANGS) {
    for (const q of questions(lenses[lang])) {
      assert.ok(q.description.trim().length > 100, `${lang} ${q.id} description is substantial`);
      assert.ok(q.helpfulResource?.displayText.trim(), `${lang} ${q.id} helpful text`);
      for (const c of bestPractices(q)) {
        const where = `${lang} ${c.id}`;
        assert.ok((c.description ?? '').trim().length > 80, `${where} description`);
        assert.ok(c.helpfulResource?.displayText.trim(), `${where} helpful text`);
        assert.match(c.helpfulResource?.url ?? '', /^https:\/\//, `${where} helpful url`);
        assert.ok((c.improvementPlan?.displayText ?? '').trim().length > 150, `${where} improvement plan`);
        assert.match(c.improvementPlan?.url ?? '', /^https:\/\//, `${where} improvement url`);
      }
    }
  }
});

test('improvement plans are concrete: numbered steps that name an AWS feature or tool', () => {
  const tools = /AWS|Amazon|CloudWatch|Lambda|API Gateway|Powertools|SAM|IAM|X-Ray|DynamoDB|SQS|Step Functions|Dependabot|CloudFront/;
  for (const lang of LANGS) {
    for (const q of questions(lenses[lang])) {
      for (const c of bestPractices(q)) {
        const plan = c.improvementPlan?.displayText ?? '';
        assert.match(plan, /^1\) .*2\) /s, `${lang} ${c.id} has numbered steps`);
        assert.match(plan, tools, `${lang} ${c.id} names a feature or tool`);
      }
    }
  }
});

test('"None of these" is last in each question, titled as in the console, with no improvement plan', () => {
  for (const lang of LANGS) {
    for (const q of questions(lenses[lang])) {
      const last = q.choices[q.choices.length - 1];
      assert.equal(last?.id, `${q.id}_no`, `${lang} ${q.id}`);
      assert.equal(last?.title, NONE_OF_THESE[lang]);
      assert.equal(last?.improvementPlan, undefined);
      assert.equal(q.choices.filter((c) => c.id.endsWith('_no')).length, 1);
    }
  }
  assert.equal(NONE_OF_THESE.ja, 'いずれも該当しません');
});

test('no English left in the Japanese build, and no Japanese in the English build', () => {
  for (const { path, text } of texts(lenses.ja)) {
    if (text === '') continue; // the "None of these" description is empty in both languages
    assert.match(text, JAPANESE, `ja ${path}: ${text.slice(0, 60)}`);
  }
  for (const { path, text } of texts(lenses.en)) assert.doesNotMatch(text, JAPANESE, `en ${path}`);
  // Same text in both languages would mean a translation was forgotten.
  const en = texts(lenses.en);
  texts(lenses.ja).forEach((ja, i) => {
    if (ja.text !== '') assert.notEqual(ja.text, en[i]?.text, `ja ${ja.path} equals the English text`);
  });
});

test('every text stays within the WA Tool limits and the import character set', () => {
  for (const lang of LANGS) {
    const lens = lenses[lang];
    for (const { path, text, max, restricted } of texts(lens)) {
      assert.ok(text.length <= max, `${lang} ${path}: ${text.length} > ${max}`);
      if (restricted) {
        const bad = [...text].filter((ch) => !IMPORT_SAFE.test(ch));
        assert.deepEqual(bad, [], `${lang} ${path} contains characters ImportLens rejects`);
      }
    }
    for (const q of questions(lens)) assert.ok(q.choices.length <= 15, `${lang} ${q.id} choices`);
    for (const { path, url } of urls(lens)) {
      assert.ok(url.length <= 1024, `${lang} ${path} url length`);
      const parsed = new URL(url);
      assert.equal(parsed.protocol, 'https:', `${lang} ${path}`);
      assert.ok(['docs.aws.amazon.com', 'aws.amazon.com'].includes(parsed.hostname), `${lang} ${path}: ${url}`);
    }
    assert.ok(serializeLens(lens).length <= 500_000, `${lang} JSON size`);
  }
});

test('the import character check itself rejects the punctuation ImportLens refuses', () => {
  for (const bad of ['、', '。', '（', '）', '？', '「', ';', '%', '"', '*', '=', '<']) assert.doesNotMatch(bad, IMPORT_SAFE, bad);
  for (const good of ['メトリクス', 'ー', 'API', ', . ( ) ? / : - _ @ ! & # + \'']) assert.match(good, IMPORT_SAFE, good);
});

test('both languages validate with the lens validator, without errors or warnings', () => {
  for (const lang of LANGS) {
    const result = parseLensText(serializeLens(lenses[lang]), `serverless.${lang}.json`);
    assert.deepEqual(result.errors, [], lang);
    assert.deepEqual(result.warnings, [], lang);
  }
});

test('each question description names its essential practices by title, in its language', () => {
  for (const lang of LANGS) {
    for (const q of questions(lenses[lang])) {
      const lead = lang === 'en' ? 'Essential practices (high risk when one is missing):' : '必須のプラクティス (1 つでも欠けると高リスク):';
      assert.ok(q.description.includes(lead), `${lang} ${q.id}`);
      essentialsOf(q.id).forEach((id, i) => {
        const title = q.choices.find((c) => c.id === id)?.title ?? '';
        assert.ok(q.description.endsWith(title) || q.description.includes(`(${i + 1}) ${title} `), `${lang} ${q.id} names ${id}`);
      });
    }
  }
});

test('essential choices: one or two per question, real choices, explained in both languages', () => {
  assert.deepEqual(SERVERLESS_ESSENTIALS.map((e) => e.questionId), Object.keys(EXPECTED));
  for (const entry of SERVERLESS_ESSENTIALS) {
    const ids = EXPECTED[entry.questionId]?.choices ?? [];
    assert.ok(entry.choices.length >= 1 && entry.choices.length <= 2, `${entry.questionId} has 1-2 essentials`);
    for (const id of entry.choices) assert.ok(ids.includes(id), `${entry.questionId}: ${id} is one of its choices`);
    assert.ok(entry.why.en.length > 100 && !JAPANESE.test(entry.why.en), `${entry.questionId} why (en)`);
    assert.ok(entry.why.ja.length > 50 && JAPANESE.test(entry.why.ja), `${entry.questionId} why (ja)`);
  }
  assert.equal(essentialsFor('SEC1')?.choices[0], 'sec1_authn_authz');
  assert.equal(essentialsFor('OPS9'), undefined);
});

test('risk rules: all → NO_RISK, essentials → MEDIUM_RISK, missing essential or None → HIGH_RISK, nothing → UNANSWERED', () => {
  for (const lang of LANGS) {
    for (const q of questions(lenses[lang])) {
      const all = bestPractices(q).map((c) => c.id);
      const essential = essentialsOf(q.id);
      const optional = all.filter((id) => !essential.includes(id));
      const none = `${q.id}_no`;
      const risk = (selected: string[]) => evaluateRisk(q, selected).risk;
      const where = `${lang} ${q.id}`;

      assert.equal(q.riskRules.length, 3, where);
      assert.equal(risk(all), 'NO_RISK', `${where} all`);
      assert.equal(risk([...all].reverse()), 'NO_RISK', `${where} order does not matter`);
      assert.equal(risk([...essential]), 'MEDIUM_RISK', `${where} essentials only`);
      for (const skipped of optional) {
        assert.equal(risk(all.filter((id) => id !== skipped)), 'MEDIUM_RISK', `${where} all but optional ${skipped}`);
      }
      for (const missing of essential) {
        assert.equal(risk(all.filter((id) => id !== missing)), 'HIGH_RISK', `${where} all but essential ${missing}`);
      }
      if (optional.length > 0) assert.equal(risk(optional), 'HIGH_RISK', `${where} nothing essential`);
      assert.equal(risk([none]), 'HIGH_RISK', `${where} None of these`);
      assert.equal(risk([...all, none]), 'HIGH_RISK', `${where} None of these with everything`);
      assert.equal(risk([...essential, none]), 'HIGH_RISK', `${where} None of these with essentials`);
      assert.equal(risk([]), 'UNANSWERED', `${where} nothing`);
      assert.equal(evaluateRisk(q, all).matchedCondition, q.riskRules[0]?.condition);
      assert.equal(evaluateRisk(q, [none]).matchedCondition, 'default');
    }
  }
});

test('the builder is deterministic and the source keeps one entry per question', () => {
  assert.deepEqual(buildServerlessLens('en'), buildServerlessLens('en'));
  assert.equal(serializeLens(buildServerlessLens('ja')), serializeLens(buildServerlessLens('ja')));
  assert.equal(SERVERLESS_PILLARS.flatMap((p) => p.questions).length, 9);
  assert.match(SERVERLESS_LENS_VERSION, /^\d+\.\d+\.\d+$/);
});

test('committed lens files and docs/lens.md are what the generator produces', () => {
  const files = generatedFiles();
  assert.deepEqual(
    files.map((f) => f.path),
    ['src/lens/data/serverless.en.json', 'src/lens/data/serverless.ja.json', 'src/lens/data/serverless.outline.json', 'docs/lens.md'],
  );
  for (const file of files) {
    const committed = readFileSync(join(repoRoot, file.path), 'utf8');
    assert.ok(committed === file.content, `${file.path} is stale: run "npx tsc -p tsconfig.json && node dist/scripts/generate-lens.js"`);
  }
  for (const lang of LANGS) {
    const text = readFileSync(join(repoRoot, 'src', 'lens', 'data', `serverless.${lang}.json`), 'utf8');
    assert.ok(text.endsWith('}\n') && text.includes('\n  "pillars": ['), `${lang} is 2-space indented with a final newline`);
    assert.deepEqual(JSON.parse(text), lenses[lang]);
  }
});

test('docs/lens.md lists every question, choice and essential choice with English and Japanese titles', () => {
  const doc = readFileSync(join(repoRoot, 'docs', 'lens.md'), 'utf8');
  for (const q of questions(lenses.en)) {
    assert.ok(doc.includes(`### ${q.id}: ${q.title}`), q.id);
    assert.ok(doc.includes(question(lenses.ja, q.id).title), `${q.id} ja title`);
    for (const c of q.choices) assert.ok(doc.includes(`\`${c.id}\``), c.id);
    assert.ok(doc.includes(`**Essential:** ${essentialsOf(q.id).map((id) => `\`${id}\``).join(', ')}`), `${q.id} essentials`);
  }
  for (const entry of SERVERLESS_ESSENTIALS) {
    assert.ok(doc.includes(entry.why.en), `${entry.questionId} why (en)`);
    assert.ok(doc.includes(entry.why.ja), `${entry.questionId} why (ja)`);
  }
});

test('generate-lens writes the files into a root, --check reports missing or stale ones, bad arguments exit 2', () => {
  const script = join(repoRoot, 'dist', 'scripts', 'generate-lens.js');
  const root = mkdtempSync(join(tmpdir(), 'slens-lens-gen-'));
  const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  try {
    const missing = run('--check', '--root', root);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /src\/lens\/data\/serverless\.en\.json is missing/);
    assert.match(missing.stderr, /docs\/lens\.md is missing/);

    const write = run('--root', root);
    assert.equal(write.status, 0, write.stderr);
    for (const file of generatedFiles()) assert.equal(readFileSync(join(root, file.path), 'utf8'), file.content, file.path);
    assert.equal(run('--check', '--root', root).status, 0);

    writeFileSync(join(root, 'docs', 'lens.md'), '# edited by hand\n');
    const stale = run('--check', '--root', root);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /docs\/lens\.md is out of date/);
    assert.equal(readFileSync(join(root, 'docs', 'lens.md'), 'utf8'), '# edited by hand\n', '--check writes nothing');

    assert.equal(run('--frobnicate').status, 2);
    assert.equal(run('--root').status, 2);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
