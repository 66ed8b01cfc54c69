// The AWS CLI (Debian's awscli) run in one Python process for a batch of commands, as tests drive it against
// slens's W-A-compatible API.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const AWS = existsSync('/usr/bin/aws') ? '/usr/bin/aws' : 'aws';

/**
 * Runs AWS CLI commands in one process: the `aws` program is `awscli.clidriver.main()` under the Python of its
 * first line, and starting it takes a second or more on a busy machine, so the commands share one start.
 * Resolves with each command's exit code and output.
 */
export function awsCli(commands: string[][], env: Record<string, string>): Promise<{ code: number; out: string }[]> {
  const python = /^#!\s*(\S+)/.exec(readFileSync(AWS, 'utf8'))?.[1] ?? 'python3';
  const driver = [
    'import json, sys',
    'from awscli.clidriver import create_clidriver',
    'for args in json.load(sys.stdin):',
    '    sys.stdout.write("\\n=== call ===\\n"); sys.stdout.flush()',
    '    code = create_clidriver().main(args)',
    '    sys.stdout.write("\\n=== rc %d ===\\n" % code); sys.stdout.flush()',
  ].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn(python, ['-c', driver], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', () => {
      const calls = out.split('\n=== call ===\n').slice(1).map((part) => {
        const m = /\n=== rc (\d+) ===\n$/.exec(part);
        return { code: m ? Number(m[1]) : -1, out: m ? part.slice(0, m.index) : part };
      });
      if (calls.length !== commands.length) reject(new Error(`the AWS CLI ran ${calls.length} of ${commands.length} commands:\n${err}`));
      else resolve(calls.map((c) => (c.code === 0 ? c : { ...c, out: `${c.out}\n${err}` })));
    });
    child.stdin.end(JSON.stringify(commands));
  });
}


/**
 * The environment the AWS CLI runs in for a test: only the given key signs (no profile, config file, instance
 * metadata or pager of the machine), with HOME in the test's folder; `extra` adds variables (e.g. AWS_DATA_PATH).
 */
export function awsCliEnv(home: string, key: { accessKeyId: string; secretAccessKey: string }, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    AWS_REGION: 'ap-northeast-1',
    AWS_ACCESS_KEY_ID: key.accessKeyId,
    AWS_SECRET_ACCESS_KEY: key.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
    ...extra,
  };
}
