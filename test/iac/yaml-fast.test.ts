// The fast YAML reader (src/iac/yaml-fast.ts) against js-yaml: for every YAML template in the repository's
// fixtures and examples, a table of edge cases and a few hundred seeded mutations of real templates, what it
// returns deep-equals what js-yaml with the position listener returns (value, every key's and item's position,
// start, mentionsInclude, errors), and it declines (returns undefined) what it must leave to js-yaml.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, parseDocumentJsYaml } from '../../src/iac/yaml.js';
import { lastDeclineReason, parseYamlFast } from '../../src/iac/yaml-fast.js';
import { repoRoot } from '../helpers/repo.js';
import { differenceBetween } from '../helpers/parsed-compare.js';

function templates(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name === 'node_modules') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/i.test(name)) out.push(path);
    }
  };
  walk(join(repoRoot, 'test', 'fixtures'));
  walk(join(repoRoot, 'examples'));
  return out;
}

/** Asserts the fast reader takes `text` and gives exactly js-yaml's document. */
function assertSame(text: string, label: string): void {
  const fast = parseYamlFast(text);
  assert.ok(fast, `${label}: declined (${lastDeclineReason()})`);
  assert.equal(differenceBetween(fast, parseDocumentJsYaml('t.yaml', text)), undefined, label);
}

test('every YAML template in the fixtures and examples reads the same fast as with js-yaml', () => {
  const files = templates();
  let taken = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const fast = parseYamlFast(text);
    if (!fast) continue;
    taken++;
    assert.equal(differenceBetween(fast, parseDocumentJsYaml(file, text)), undefined, file);
  }
  assert.ok(files.length >= 40, `${files.length} templates`);
  // The broken and duplicate-key fixtures are left to js-yaml; nearly all the others are read fast.
  assert.ok(taken >= files.length - 6, `fast path took ${taken} of ${files.length}`);
});

const EDGE_CASES: Record<string, string> = {
  'literal clip': 'a: |\n  x\n  y\n\nb: 1\n',
  'literal strip': 'a: |-\n  x\n\n\nb: 1\n',
  'literal keep': 'a: |+\n  x\n\n\nb: 1\n',
  'literal keep at the end': 'a: |+\n  x\n\n',
  'folded clip': 'a: >\n  x\n  y\n\n  z\n   more\n  w\nb: 1\n',
  'folded strip': 'a: >-\n  x\n  y\n',
  'folded keep': 'a: >+\n  x\n\n',
  'block scalar with explicit indentation': 'a: |2\n    x\n   y\n',
  'block scalar header comment': 'a: | # note\n  x\n',
  'block scalar with blank first lines and deeper lines': 'a: |\n\n    x\n      y\n    z\n',
  'block scalar in a sequence': 'a:\n  - |\n    x\n  - >-\n    y\n    z\n',
  'block scalar at the end without a newline': 'a: |\n  x',
  'trailing spaces': 'a: plain   \nb: 1   \nc:   \n',
  'comments after values': 'a: v # c\nb: "q" # c\nc: [1, 2] # c\nd: \'s\'#c\n',
  'empty values': 'a:\nb: 1\nc:\n  # only a comment\nd:\n',
  'quoted keys': "'quoted key': 1\n\"dq\": 2\n'1': 3\n",
  "single quote doubled": "a: 'it''s'\nb: ''\nc: ''''\n",
  escapes: 'a: "t\\tn\\nq\\"b\\\\x\\x41u\\u00e9U\\U0001F600s\\/z\\0e\\eN\\N_\\_L\\LP\\P sp\\ "\n',
  numbers:
    'a: 0x1F\nb: 1_000\nc: .inf\nd: -.Inf\ne: .nan\nf: ~\ng: Null\nh: True\ni: 2010-09-09\nj: -0\nk: +1\nl: 1e3\nm: 012\n' +
    'n: 0o17\no: 0b101\np: 1.5\nq: -1.5e-3\nr: null\ns: FALSE\nt: yes\nu: 1:30\nv: +.5\nw: 0\nx: -.5\ny: 1.\nz: tRuE\n',
  'typed keys': '1: a\n0x10: b\ntrue: c\n~: d\n2.50: e\n-0: f\n',
  'short-form tags':
    'A: !Ref X\nB: !GetAtt F.Arn\nC: !GetAtt F.A.B\nD: !Sub "x${y}"\nE: !Join ["", [a, !Ref b]]\nF: !If\n  - C\n  - !Ref A\n' +
    '  - !Ref AWS::NoValue\nG: !Select [0, !GetAZs ""]\nH: !Sub |\n  line ${x}\nI: !Equals [!Ref E, prod]\n' +
    'J: !Transform\n  Name: AWS::Include\n  Parameters: {Location: s3://b/k}\nK: !Join\n- ","\n- [a, b]\nL: !Base64 123\n' +
    "M: !Ref 'q'\nN: !GetAtt [F, Arn]\nO: !Sub\n  - '${a}'\n  - a: !Ref B\nP: !Not [!Condition C]\n",
  sequences:
    "a:\n- x\n- y\nb:\n  - k: 1\n    l: 2\n  - - nested\n    - n2\n  -\n    deep: 1\n  - \"q\"\n  - 's'\n  - [1, 2]\n  - {a: 1}\n  - !Ref Z\n  - 'k': v\n",
  comments: '# head\n---\n# c\na: 1 # c\n\n# mid\nb:\n  # inner\n  c: 2\n',
  'document start with a comment': '--- # start\na: 1\n',
  flow: "a: {Ref: X}\nb: { \"k\": \"v\", n: 1 }\nc: []\nd: {}\ne: [a b, \"c\", 'd', -1, ~]\nf: [{a: [1, {b: 2}]}]\ng: {\"j\":1}\n",
  'include transform mentioned': 'Transform: AWS::Include\n',
  'include transform quoted': "a: 'AWS::Include'\n",
  'include transform as a tagged scalar only': 'a: !Sub AWS::Include\n',
  bom: '\ufeffa: 1\nb: [x]\n',
  'no final newline': 'a: 1',
  'indented root': '  a: 1\n  b:\n    - x\n',
  'leading blank lines': '\n\n# x\n   \na: 1\n',
  'colons and hashes in plain scalars': 'a: arn:aws:s3:::b#c\nb: x:y\nurl: http://x.y/z?a=1#f\nc: a # b\n',
  'keys with spaces': 'a b: 1\n"c d": 2\n',
  'comment deeper than a plain value': 'a: v\n    # deeper comment\nb: 1\n',
  'spaces around tags': 'a:   !Ref   X   \nb: !Join   [ "" ,  [ x ] ]\n',
  'sequence at its key indentation, then a key': 'a:\n- x\n- y: 1\n  z: 2\nb: 3\n',
  'quoted scalar on its own line': "a:\n  'x'\nb:\n  plain\n",
  'unicode text': 'a: héllo wörld ✓\nb: "日本語"\n',
  'non-ASCII line separator as content': 'a: x\u2028y\n',
  'multi-line quoted scalars':
    "a: 'x\n  y'\nb: \"one\n\n   two  \n three\"\nc: \"esc\\\n   aped \\\n\n  end\"\nd:\n  - \"item\n    more\" # c\ne: !Sub \"${x}\n  y\"\n" +
    "f: 'it''s\n  ok'\ng: \"{\n    \\\"statusCode\\\": 200\n    }\"\n",
  'multi-line flow collections':
    'a: [1,\n  2]\nb: {\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow", # c\n      "Action": ["s3:Get*", x],\n' +
    '      "Resource": "*"\n    }\n  ]\n}\nc: !Join\n  - ""\n  - [ a,\n      !Ref B,\n      c ]\nd: [a\n  , b\n]\ne: [\n\n  x  # c\n  ]\n',
};

for (const [name, text] of Object.entries(EDGE_CASES)) {
  test(`fast reader = js-yaml: ${name}`, () => assertSame(text, name));
}

const DECLINED: Record<string, string> = {
  anchors: 'a: &x 1\nb: *x\n',
  'merge key': 'a: {x: 1}\nb:\n  <<: {y: 2}\n',
  'duplicate keys': 'a: 1\na: 2\n',
  'duplicate keys after typing': '1: a\n1.0: b\n',
  'tab in indentation': 'a:\n\tb: 1\n',
  'multi-line plain scalar': 'a: one\n  two\n',
  'multi-line plain item': 'a:\n  - one\n    two\n',
  'explicit key': '? a\n: 1\n',
  directive: '%YAML 1.2\n---\na: 1\n',
  'two documents': 'a: 1\n---\nb: 2\n',
  'document end marker': 'a: 1\n...\n',
  'bad indentation': 'a: 1\n  b: 2\n',
  'unclosed quote': 'a: "x\n',
  'multi-line plain scalar in a flow collection': 'a: [x\n  y]\n',
  'tag at a line end in a flow collection': 'a: [!Ref\n  x]\n',
  'flow key with its colon on the next line': 'a: {b\n  : 1}\n',
  'quoted key over two lines': '"a\n b": 1\n',
  'content after a multi-line quoted scalar': 'a: "x\n  y" z\n',
  'non-CloudFormation tag': 'a: !!str 1\n',
  'unknown tag': 'a: !Custom x\n',
  'CRLF line ends': 'a: 1\r\nb: 2\r\n',
  'empty input': '',
  'root sequence': '- a\n',
  'root scalar': 'just text\n',
  'collection as a flow key': 'a: {[[x]]: 1}\n',
  'JSON document': '{"a": [1, 2]}\n',
  'flow mapping document after blank lines': '\n  {a: 1}\n',
  'empty sequence item': 'a:\n  -\n  - x\n',
  'tagged key': 'a: !Ref b: c\n',
  'unknown escape': 'a: "\\q"\n',
  'flow key without a value': 'a: {b, c: 1}\n',
  'content after a flow collection': 'a: [1] x\n',
  'nesting deeper than the limit': `a: ${'['.repeat(450)}${']'.repeat(450)}\n`,
  'null byte': 'a: "\u0000"\n',
};

for (const [name, text] of Object.entries(DECLINED)) {
  test(`fast reader declines: ${name}`, () => {
    assert.equal(parseYamlFast(text), undefined);
    // parseDocument still answers, through js-yaml.
    assert.equal(differenceBetween(parseDocument('t.yaml', text), parseDocumentJsYaml('t.yaml', text)), undefined);
  });
}

// Seeded mutations of real templates (drop, duplicate or re-indent a line, insert a character): whatever the
// fast reader takes must equal js-yaml's reading, and what js-yaml refuses it must decline.
test('mutated templates: the fast reader declines or agrees with js-yaml', () => {
  let seed = 12345;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const sources = templates().map((file) => readFileSync(file, 'utf8'));
  const inserts = [' ', '#', ':', '- ', '"', "'", '!Ref ', '[', '{', '|', '>', '\n', 'x: ', '&', ',', '0'];
  let agreed = 0;
  for (let i = 0; i < 400; i++) {
    const lines = (sources[random(sources.length)] as string).split('\n');
    const at = random(lines.length);
    const line = lines[at] as string;
    switch (random(4)) {
      case 0: lines.splice(at, 1); break;
      case 1: lines.splice(at, 0, line); break;
      case 2: lines[at] = ' '.repeat(random(5)) + line.trimStart(); break;
      default: {
        const p = random(line.length + 1);
        lines[at] = line.slice(0, p) + (inserts[random(inserts.length)] as string) + line.slice(p);
      }
    }
    const text = lines.join('\n');
    const fast = parseYamlFast(text);
    if (!fast) continue;
    agreed++;
    assert.equal(differenceBetween(fast, parseDocumentJsYaml('t.yaml', text)), undefined, `mutation ${i}`);
  }
  assert.ok(agreed > 100, `${agreed} mutations taken`);
});

// Plain scalars starting with a letter are strings without asking js-yaml's types unless they are one of the
// null or bool words: every upper/lower-case spelling of those words (and near misses) reads as js-yaml reads it.
test('letter-first plain scalars: every casing of null, true and false reads as js-yaml reads it', () => {
  const spellings = (word: string): string[] =>
    [...word].reduce<string[]>((out, ch) => out.flatMap((p) => [p + ch.toLowerCase(), p + ch.toUpperCase()]), ['']);
  const words = ['null', 'true', 'false'].flatMap(spellings);
  const near = ['nul', 'nulls', 'tru', 'truee', 'fals', 'falsey', 'yes', 'no', 'on', 'off', 'n', 't', 'f', 'Nan', 'nan', 'NaN', 'inf', 'Infinity'];
  const text = [...words, ...near].map((w, i) => `k${i}: ${w}`).join('\n') + '\n';
  assertSame(text, 'letter-first scalars');
  const value = parseYamlFast(text)?.value as Record<string, unknown>;
  assert.equal(value['k0'], null); // `null`
  assert.equal(Object.values(value).filter((v) => typeof v === 'boolean').length, 6);
});

test('a large document (20,000 keys, a 5,000-item sequence, long folded text) reads the same fast', () => {
  const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: v${i}`).join('\n');
  const items = Array.from({ length: 5_000 }, (_, i) => `  - {n: ${i}, s: !Sub "x${i}"}`).join('\n');
  const folded = `t: "${'word\n  '.repeat(2_000)}end"`;
  assertSame(`${keys}\nseq:\n${items}\n${folded}\n`, 'large document');
});

// Seeded random documents from CloudFormation-like lines (keys, items, tags, block scalar headers, flow and
// quoted pieces) at random indentation: most are errors or declined, the rest must read as js-yaml reads them.
test('generated documents: the fast reader declines or agrees with js-yaml', () => {
  let seed = 777;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pick = (list: readonly string[]): string => list[random(list.length)] as string;
  const keys = ['a', 'b', 'Key', '"q"', "'s'", '1', 'x y', 'Fn::If'];
  const values = ['', ' v', ' 1', ' -0', ' ~', ' !Ref X', ' !GetAtt A.B', ' !If', ' !Join', ' !Sub |', ' |', ' |-', ' |+', ' >', ' >-', ' |1',
    ' [a, b]', ' {k: v}', ' []', " 'x'", ' "y"', ' # c', ' AWS::Include', ' true', ' a:b', ' x #y', ' [', ' {', ' "multi'];
  const others = ['text', '# comment', '', 'x', '- - a', '-', '}', ']', '"k": 1,', 'v,', 'line"', "end'", ': x', '!Ref Y', '[1, 2]'];
  let taken = 0;
  for (let i = 0; i < 4000; i++) {
    const lines: string[] = [];
    for (let k = 1 + random(8); k > 0; k--) {
      const kind = random(6);
      const line = kind < 3 ? pick(keys) + ':' + pick(values) : kind === 3 ? '- ' + pick(keys) + ':' + pick(values) : kind === 4 ? '-' + pick(values) : pick(others);
      lines.push(' '.repeat(lines.length === 0 ? 0 : random(7)) + line);
    }
    const text = lines.join('\n') + '\n';
    const fast = parseYamlFast(text);
    if (!fast) continue;
    taken++;
    assert.equal(differenceBetween(fast, parseDocumentJsYaml('t.yaml', text)), undefined, JSON.stringify(text));
  }
  assert.ok(taken > 800, `${taken} generated documents taken`);
});
