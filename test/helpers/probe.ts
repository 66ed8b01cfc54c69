// Is the server still answering? A probe sends one small request after another (a few ms apart) while a
// test does something hostile, and keeps the worst time any of them took: a blocked event loop shows up
// as one slow probe, however briefly it was blocked.
import { Agent, request } from 'node:http';

export interface ProbeResult {
  /** Probes answered. */
  count: number;
  /** Slowest answer in milliseconds. */
  worstMs: number;
  /** Probes that failed (no answer, or not 200). */
  failures: string[];
}

export interface Probe {
  /** The slowest answer since the last call (or the start): which hostile request made it slow. */
  worstSinceLast(): number;
  stop(): Promise<ProbeResult>;
}

function once(agent: Agent, url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Starts probing `url` (a cheap GET) every `everyMs`; stop() waits for the probe in flight. */
export function startProbe(url: string, everyMs = 5): Probe {
  const target = new URL(url);
  // One kept-alive connection: the probe measures the answer, not connection setup.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const result: ProbeResult = { count: 0, worstMs: 0, failures: [] };
  let running = true;
  let recent = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const status = await once(agent, target);
        if (status !== 200) result.failures.push(`status ${status}`);
      } catch (error) {
        result.failures.push((error as Error).message);
      }
      const took = performance.now() - started;
      result.worstMs = Math.max(result.worstMs, took);
      recent = Math.max(recent, took);
      result.count++;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    worstSinceLast: () => {
      const worst = recent;
      recent = 0;
      return worst;
    },
    stop: async () => {
      running = false;
      await loop;
      agent.destroy();
      return result;
    },
  };
}
