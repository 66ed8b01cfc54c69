// A recording proxy in front of slens for W-A API tests: AWS tools talk to it as their endpoint, it passes each
// request through unchanged (the Host header too, so SigV4 signatures still match) and validates every
// response against the service model, keeping the operation names and any problems found.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WellArchitectedClient } from '@aws-sdk/client-wellarchitected';
import { operationFor, validateResponse } from './wa-model.js';

export interface Recorder {
  /** The endpoint to give the AWS tools: `http://127.0.0.1:<port>/aws`. */
  endpoint: string;
  /** Every call seen: operation, status, and the response body. */
  calls: { operation: string; status: number; body: string }[];
  /** Responses that do not validate against the model. */
  problems: string[];
  close: () => Promise<void>;
}

export async function startRecorder(target: string): Promise<Recorder> {
  const upstream = new URL(target);
  const calls: Recorder['calls'] = [];
  const problems: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const forward = httpRequest(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (c: Buffer) => parts.push(c));
          answer.on('end', () => {
            const body = Buffer.concat(parts).toString('utf8');
            const path = (req.url ?? '').replace(/^\/aws/, '');
            const operation = operationFor(req.method ?? 'GET', path) ?? `unknown ${req.method} ${path}`;
            const status = answer.statusCode ?? 0;
            const headers = new Headers();
            for (const [k, v] of Object.entries(answer.headers)) if (typeof v === 'string') headers.set(k, v);
            calls.push({ operation, status, body });
            problems.push(...validateResponse(operation, status, headers, body));
            res.writeHead(status, answer.headers);
            res.end(Buffer.concat(parts));
          });
        },
      );
      forward.on('error', (error) => {
        res.writeHead(502);
        res.end(String(error));
      });
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}/aws`,
    calls,
    problems,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The real AWS SDK client pointed at `endpoint`; any credentials unless given (open loopback mode takes any). */
export function sdkClient(endpoint: string, credentials = { accessKeyId: 'AKIDANYTHING', secretAccessKey: 'anything' }): WellArchitectedClient {
  return new WellArchitectedClient({ endpoint, region: 'eu-west-1', credentials, maxAttempts: 1 });
}
