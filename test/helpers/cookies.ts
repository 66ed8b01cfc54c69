// What a browser does with cookies, for the test clients that stand in for one: keep what Set-Cookie gives
// (an expired or emptied cookie is dropped) and send them back.

/** Takes the response's Set-Cookie lines into `jar`. */
export function keepCookies(jar: Map<string, string>, res: Response): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (/max-age=0/i.test(line) || value === '') jar.delete(name);
    else jar.set(name, value);
  }
}

/** The Cookie header for `jar`, or undefined when it is empty. */
export function cookieHeader(jar: ReadonlyMap<string, string>): string | undefined {
  return jar.size > 0 ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : undefined;
}
