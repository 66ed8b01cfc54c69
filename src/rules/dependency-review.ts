// Function dependencies are locked and kept up to date by automation (Dependabot, Renovate).
import type { Resource } from '../iac/types.js';
import type { CheckResult, Rule } from './types.js';
import { NOT_APPLICABLE, PASS, fail, unknown } from './support/results.js';
import { codeDir, type CodeReader } from './support/code.js';
import { isFrameworkHelper } from './support/function-facts.js';

/** Manifest → the lock files that pin it (any one will do). Manifests without a lock convention are absent. */
const LOCKS: Record<string, string[]> = {
  'package.json': ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock'],
  'pyproject.toml': ['poetry.lock', 'uv.lock', 'pdm.lock'],
  Pipfile: ['Pipfile.lock'],
  'go.mod': ['go.sum'],
  'Cargo.toml': ['Cargo.lock'],
  Gemfile: ['Gemfile.lock'],
};
const AUTOMATION = ['.github/dependabot.yml', '.github/dependabot.yaml', 'renovate.json', 'renovate.json5', '.renovaterc', '.renovaterc.json', '.github/renovate.json', '.github/renovate.json5', '.gitlab/renovate.json'];
/** How far above the template a repository root (lock of a workspace, bot configuration) is looked for. */
const ANCESTORS = 4;

/** The template's folder and the folders above it, as paths relative to the template. */
const UPWARDS: readonly string[] = Array.from({ length: ANCESTORS + 1 }, (_, i) => (i === 0 ? '.' : Array(i).fill('..').join('/')));

/** Whether update automation was found, per template folder (its reader's): the same for all its functions. */
const automationFound = new WeakMap<object, boolean>();

/** What the manifests of one code folder say: how many there are, and those without a lock (their paths). */
interface Manifests {
  count: number;
  unlocked: string[];
}

/**
 * The manifests of each code folder, per template folder (its reader's): every template of a folder, and every
 * function of a template, that names the same code folder reads the same files.
 */
const manifestsSeen = new WeakMap<object, Map<string, Manifests>>();

/** requirements.txt counts as locked when every requirement pins a version with `==` (or hashes). */
function pinnedRequirements(text: string): boolean {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim()).filter((l) => l && !l.startsWith('-'));
  return lines.length > 0 && lines.every((l) => l.includes('==') || l.includes('--hash'));
}

/** `posix.join(dir, name)` for a normalized folder (as codeDir gives, or UPWARDS) and a plain file name or `a/b` path. */
function inFolder(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

/** Whether one of `names` is in one of `dirs`. */
function found(reader: CodeReader, names: readonly string[], dirs: readonly string[]): boolean {
  return dirs.some((d) => names.some((n) => reader.read(inFolder(d, n)) !== undefined));
}

function readManifests(dir: string, reader: CodeReader): Manifests {
  const roots = [dir, ...UPWARDS];
  const out: Manifests = { count: 0, unlocked: [] };
  for (const [manifest, locks] of Object.entries(LOCKS)) {
    const path = inFolder(dir, manifest);
    if (reader.read(path) === undefined) continue;
    out.count++;
    if (!found(reader, locks, roots)) out.unlocked.push(path);
  }
  const path = inFolder(dir, 'requirements.txt');
  const requirements = reader.read(path);
  if (requirements !== undefined && requirements.trim() !== '') {
    out.count++;
    if (!pinnedRequirements(requirements) && !found(reader, ['poetry.lock', 'uv.lock', 'Pipfile.lock'], roots)) out.unlocked.push(path);
  }
  return out;
}

function checkDir(fn: Resource, dir: string, reader: CodeReader): CheckResult[] {
  const key = reader.folder ?? reader;
  let byDir = manifestsSeen.get(key);
  if (!byDir) manifestsSeen.set(key, (byDir = new Map()));
  let manifests = byDir.get(dir);
  if (!manifests) byDir.set(dir, (manifests = readManifests(dir, reader)));
  if (manifests.count === 0) return [];
  const results: CheckResult[] = manifests.unlocked.map((manifest) => fail('unlocked', { manifest }, ['Code']));
  let automation = automationFound.get(key);
  if (automation === undefined) automationFound.set(key, (automation = found(reader, AUTOMATION, UPWARDS)));
  if (!automation) results.push({ ...fail('noUpdates', { resource: fn.logicalId }, ['Code']), severity: 'info' });
  return results.length ? results : [PASS];
}

export const dependencyReview: Rule = {
  id: 'dependency-review',
  title: { en: 'Function dependencies are locked and updated automatically', ja: '関数の依存関係をロックし、自動で更新' },
  severity: 'warning',
  lens: { pillar: 'security', question: 'SEC3', choice: 'sec3_dependency_review' },
  aliases: [],
  resourceTypes: ['AWS::Lambda::Function'],
  messages: {
    unlocked: {
      en: 'Function {resource} declares dependencies in {manifest} without a lock file; each build may pull different (and unreviewed) versions.',
      ja: '関数 {resource} は {manifest} で依存関係を宣言していますが、ロックファイルがありません。ビルドのたびに異なる（レビューされていない）バージョンが取り込まれるおそれがあります。',
    },
    noUpdates: {
      en: 'No Dependabot or Renovate configuration was found for the repository of {resource}; vulnerable dependencies are not proposed for update automatically.',
      ja: '{resource} のリポジトリに Dependabot や Renovate の設定が見つかりません。脆弱な依存関係の更新が自動で提案されません。',
    },
  },
  docs: {
    description: {
      en: 'For functions whose code folder is local (SAM `CodeUri`), reads the dependency manifests there: `package.json`, `pyproject.toml`, `Pipfile`, `go.mod`, `Cargo.toml` and `Gemfile` need a lock file in the code folder or up to four folders above the template (workspaces); `requirements.txt` needs pinned versions (`==`) or a lock. Then looks for Dependabot or Renovate configuration up to four folders above the template. Functions without manifests are not judged; code the scan cannot see is unknown.',
      ja: 'コードのフォルダーがローカルにある関数（SAM の `CodeUri`）について、そこにある依存関係のマニフェストを読みます。`package.json`、`pyproject.toml`、`Pipfile`、`go.mod`、`Cargo.toml`、`Gemfile` には、コードのフォルダーまたはテンプレートから 4 階層上までのフォルダー（ワークスペース）にロックファイルが必要です。`requirements.txt` にはバージョンの固定（`==`）かロックファイルが必要です。さらに、テンプレートから 4 階層上までに Dependabot または Renovate の設定があるかを確認します。マニフェストのない関数は判定せず、スキャンで見えないコードは不明として扱います。',
    },
    rationale: {
      en: 'A lock file makes what you reviewed what you deploy; update automation proposes fixes for known vulnerabilities as soon as they are published, with a reviewable change.',
      ja: 'ロックファイルにより、レビューしたものとデプロイするものが一致します。更新の自動化は、既知の脆弱性の修正が公開され次第、レビューできる変更として提案します。',
    },
    fix: { en: 'Commit the lock file your package manager writes, and add `.github/dependabot.yml` (or `renovate.json`) covering each code folder.', ja: 'パッケージマネージャーが書き出すロックファイルをコミットし、各コードフォルダーを対象にした `.github/dependabot.yml`（または `renovate.json`）を追加します。' },
    links: [{ title: 'Configuring Dependabot version updates', url: 'https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuring-dependabot-version-updates' }],
  },
  check(resource, ctx) {
    if (isFrameworkHelper(resource)) return NOT_APPLICABLE;
    const dir = codeDir(resource, ctx);
    const reader = ctx.code;
    if (dir === undefined || !reader) return resource.properties['Code'] === undefined || valueIsInline(resource) ? NOT_APPLICABLE : unknown(['Code']);
    const results = checkDir(resource, dir, reader);
    return results.length ? results : NOT_APPLICABLE;
  },
};

function valueIsInline(fn: Resource): boolean {
  const code = fn.properties['Code'];
  return typeof code === 'object' && code !== null && 'ZipFile' in code;
}
