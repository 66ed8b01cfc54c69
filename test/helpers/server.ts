// A real slens HTTP server on a random loopback port over a test database, and a small JSON client for it.
import type { TestContext } from 'node:test';
import { startServer, type RunningServer } from '../../src/server/start.js';
import type { TestDb } from './db.js';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestServer {
  server: RunningServer;
  logs: string[];
  /** Sends a request; `body` is JSON-encoded unless it is already a string. */
  call: <T = any>(method: string, path: string, options?: { body?: unknown; token?: string; headers?: Record<string, string> }) => Promise<ApiResponse<T>>;
}

export async function startTestServer(db: TestDb, _t?: TestContext, options: { host?: string; demo?: boolean; allowedHosts?: string[] } = {}): Promise<TestServer> {
  const logs: string[] = [];
  const server = await startServer({ port: 0, host: options.host ?? '127.0.0.1', databaseUrl: db.url, demo: options.demo, allowedHosts: options.allowedHosts, log: (line) => logs.push(line) });
  db.defer(() => server.close());
  const call: TestServer['call'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${server.url}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (a page or a download): the text itself.
    }
    return { status: response.status, body: parsed as any, headers: response.headers };
  };
  return { server, logs, call };
}
