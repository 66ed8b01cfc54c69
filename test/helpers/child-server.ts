// `slens serve` as a real child process (the built binary), for tests that stop or kill the process.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './repo.js';

export interface ChildServer {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `slens <args>` and waits for the start-up line with its URL (any language); rejects if it exits first. */
export function spawnServe(args: string[], options: { cwd: string; env?: Record<string, string | undefined> }): Promise<ChildServer> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'slens.js'), ...args], {
    cwd: options.cwd,
    // An undefined value removes the variable (e.g. DATABASE_URL, to get the default database).
    env: Object.fromEntries(Object.entries({ ...process.env, ...options.env }).filter(([, v]) => v !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      err += d;
      const match = /^slens: .*?(http:\/\/[^\s（(]+)/m.exec(err);
      if (match?.[1]) resolve({ child, url: match[1], stdout: () => out, stderr: () => err, exited });
    });
    void exited.then(({ code, signal }) => reject(new Error(`slens ${args.join(' ')} exited (${code ?? signal}) before serving:\n${err}`)));
  });
}
