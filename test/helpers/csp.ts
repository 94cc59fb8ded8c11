/**
 * A page's Content-Security-Policy as the browser applies it, enough to ask whether a URL may be
 * loaded as a frame or fetched: directives with their fallbacks (frame-src to child-src to
 * default-src; connect-src to default-src) and source expressions ('none', 'self', a scheme, a
 * host with an optional "*." and scheme). CSP Level 3, "Matching source expressions".
 */
export type Policy = ReadonlyMap<string, readonly string[]>;

/** The policy of the page's <meta http-equiv="Content-Security-Policy">, or undefined. */
export function policyOf(html: string): Policy | undefined {
  const meta = /<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
  if (!meta) return undefined;
  const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
  const directives = new Map<string, string[]>();
  for (const part of (content?.[1] ?? content?.[2] ?? "").split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  "frame-src": ["frame-src", "child-src", "default-src"],
  "connect-src": ["connect-src", "default-src"],
  "script-src": ["script-src", "default-src"],
};

/** The sources that govern `directive`, after the fallbacks; undefined when nothing does (all allowed). */
export function sourcesFor(policy: Policy, directive: string): readonly string[] | undefined {
  for (const name of FALLBACKS[directive] ?? [directive, "default-src"]) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

function matches(source: string, url: URL, pageOrigin: string): boolean {
  if (source === "'self'") return url.origin === pageOrigin;
  if (source.startsWith("'")) return false; // 'none', nonces, hashes: no URL matches
  if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return url.protocol === source.toLowerCase();
  const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?(\/.*)?$/i.exec(source);
  if (!m) return false;
  const [, scheme, wildcard, host, port, path] = m;
  if (scheme && `${scheme.toLowerCase()}:` !== url.protocol) return false;
  const hostname = url.hostname.toLowerCase();
  const hostOk = wildcard ? hostname.endsWith(`.${host.toLowerCase()}`) : hostname === host.toLowerCase();
  const portOk = port === undefined || port === "*" || url.port === port;
  const pathOk = path === undefined || (path.endsWith("/") ? url.pathname.startsWith(path) : url.pathname === path);
  return hostOk && portOk && pathOk;
}

/** Whether a page at `pageOrigin` under `policy` may load `url` for `directive`. */
export function allows(policy: Policy, directive: string, url: string, pageOrigin: string): boolean {
  const sources = sourcesFor(policy, directive);
  if (sources === undefined) return true;
  const target = new URL(url);
  return sources.some((source) => matches(source, target, pageOrigin));
}
