/**
 * Fetching companyfacts from SEC under its fair-access rules (https://www.sec.gov/os/accessing-edgar-data):
 * a User-Agent naming the requester with a contact e-mail (SEC answers 403 without one),
 * `Accept-Encoding: gzip`, at most 10 requests a second (`RateLimiter`), retries with exponential
 * backoff on 429 and 5xx (bounded), a disk cache recording when each file was fetched.
 *
 * Two hosts: www.sec.gov for the ticker list, data.sec.gov for companyfacts. Their base URLs can
 * be changed for tests (AIFLAG_SEC_WWW_URL, AIFLAG_SEC_DATA_URL): the tests serve fixtures on
 * 127.0.0.1 and never reach the network.
 */
import { parseCompanyFactsText, sizeText } from "../../sources/sec";
import { companyfactsPath, padCik } from "../../sources/sec/address";
import { DiskCache, type CachedFile } from "./cache";
import { processLimiter, systemClock, type Clock, type RateLimiter } from "./rateLimiter";

export const SEC_WWW_URL = "https://www.sec.gov";
export const SEC_DATA_URL = "https://data.sec.gov";

/** A request SEC refused or that could not be made, in one plain sentence. */
export class SecFetchError extends Error {
  override name = "SecFetchError";
}

export interface SecClientOptions {
  userAgent?: string | undefined;
  wwwUrl?: string | undefined;
  dataUrl?: string | undefined;
  cacheDir: string;
  /** Fetch again even when the cache holds the file. */
  refresh?: boolean | undefined;
  maxBytes: number;
  fetch?: typeof fetch | undefined;
  clock?: Clock | undefined;
  limiter?: RateLimiter | undefined;
  /** Retries after the first attempt (429, 5xx, a cut-off download). */
  retries?: number | undefined;
  /** First backoff delay; doubled at each retry, capped at `maxDelayMs`. */
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
  timeoutMs?: number | undefined;
  /** Progress and warnings, one line each (stderr). */
  log?: ((line: string) => void) | undefined;
}

export interface Fetched<T> {
  value: T;
  url: string;
  fetched: string;
  fromCache: boolean;
}

const USER_AGENT_HELP =
  'SEC requires a User-Agent naming you and giving a contact e-mail, such as "Jane Doe jane.doe@example.com", and answers 403 (Forbidden) ' +
  "to requests without one: set AIFLAG_SEC_USER_AGENT or pass --user-agent";

/** Whether a User-Agent names someone with a contact e-mail, as SEC asks. */
export function validUserAgent(ua: string | undefined): ua is string {
  return ua !== undefined && /\S+@\S+\.\S+/.test(ua) && ua.trim().length >= 6;
}

const RETRYABLE_NETWORK = new Set(["ECONNRESET", "UND_ERR_SOCKET", "EPIPE"]);

function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown; name?: unknown } }).cause;
  if (typeof cause?.code === "string") return cause.code;
  if ((error as { name?: unknown }).name === "TimeoutError" || cause?.name === "TimeoutError") return "TIMEOUT";
  return undefined;
}

/** A transient failure worth another attempt, with what to say if it is the last. */
class Retryable extends Error {
  constructor(
    readonly finalMessage: string,
    readonly retryAfterMs?: number,
  ) {
    super(finalMessage);
  }
}

function retryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** `accept(text)`, or undefined when it throws (a damaged cached file). */
function acceptSafe<T>(accept: (text: string) => T, text: string): T | undefined {
  try {
    return accept(text);
  } catch {
    return undefined;
  }
}

/** SEC's company_tickers.json ({"0": {"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."}, ...}) by ticker. */
function tickerTable(text: string, url: string): Map<string, { cik: number; title: string }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SecFetchError(`SEC's list of tickers (${url}) is not JSON: ${text.trimStart().startsWith("<") ? "an HTML page came instead" : "the file is damaged"}; try again with --refresh`);
  }
  const byTicker = new Map<string, { cik: number; title: string }>();
  if (typeof parsed === "object" && parsed !== null) {
    for (const row of Object.values(parsed as Record<string, { cik_str?: unknown; ticker?: unknown; title?: unknown } | null>)) {
      if (typeof row?.ticker === "string" && typeof row.cik_str === "number") byTicker.set(row.ticker.toUpperCase(), { cik: row.cik_str, title: String(row.title ?? "") });
    }
  }
  if (byTicker.size === 0) throw new SecFetchError(`SEC's list of tickers (${url}) holds no ticker; try again with --refresh`);
  return byTicker;
}

export class SecClient {
  private readonly cache: DiskCache;
  private readonly fetch: typeof fetch;
  private readonly clock: Clock;
  private readonly limiter: RateLimiter;
  private readonly wwwUrl: string;
  private readonly dataUrl: string;

  constructor(private readonly options: SecClientOptions) {
    this.cache = new DiskCache(options.cacheDir, options.maxBytes);
    this.fetch = options.fetch ?? globalThis.fetch;
    this.clock = options.clock ?? systemClock;
    this.limiter = options.limiter ?? processLimiter;
    this.wwwUrl = (options.wwwUrl ?? SEC_WWW_URL).replace(/\/+$/, "");
    this.dataUrl = (options.dataUrl ?? SEC_DATA_URL).replace(/\/+$/, "");
  }

  /** SEC's list of tickers (`company_tickers.json`), parsed. */
  async tickers(): Promise<{ byTicker: Map<string, { cik: number; title: string }>; fetched: string }> {
    const url = `${this.wwwUrl}/files/company_tickers.json`;
    const file = await this.get(url, "company_tickers", "SEC's list of tickers", (text) => tickerTable(text, url));
    return { byTicker: file.value, fetched: file.fetched };
  }

  /** The CIK of a ticker (BRK.B and BRK-B alike), or a SecFetchError saying it is unknown. */
  async cikOf(ticker: string): Promise<{ cik: number; title: string }> {
    const symbol = ticker.toUpperCase().replace(/\./g, "-");
    const { byTicker, fetched } = await this.tickers();
    const found = byTicker.get(symbol);
    if (!found) {
      throw new SecFetchError(
        `no ticker "${symbol}" in SEC's list of tickers (company_tickers.json, fetched ${fetched.slice(0, 10)}): check the symbol, give the company's CIK instead, or --refresh if it was listed recently`,
      );
    }
    return found;
  }

  /** A company's companyfacts, parsed (`parseCompanyFactsText`'s plain errors when it is not JSON). */
  companyFacts(cik: number): Promise<Fetched<unknown>> {
    const padded = padCik(cik);
    const parse = (text: string) => parseCompanyFactsText(text, { maxBytes: this.options.maxBytes });
    return this.get(`${this.dataUrl}${companyfactsPath(cik)}`, `companyfacts/CIK${padded}`, `companyfacts of CIK ${padded}`, parse);
  }

  /**
   * A file from the cache or from SEC, through `accept` (which parses it or throws): a cached
   * file `accept` refuses is fetched again, a fetched one it refuses is not cached.
   */
  private async get<T>(url: string, cacheName: string, what: string, accept: (text: string) => T): Promise<Fetched<T>> {
    if (!this.options.refresh) {
      const cached: CachedFile | undefined = this.cache.read(cacheName);
      const value = cached && acceptSafe(accept, cached.text);
      if (cached && value !== undefined) {
        this.options.log?.(`${what}: from the cache (fetched ${cached.fetched.replace("T", " ").slice(0, 16)} UTC; --refresh to fetch again)`);
        return { value, url: cached.url, fetched: cached.fetched, fromCache: true };
      }
    }
    if (!validUserAgent(this.options.userAgent)) {
      throw new SecFetchError(this.options.userAgent ? `the User-Agent "${this.options.userAgent}" has no contact e-mail. ${USER_AGENT_HELP}` : USER_AGENT_HELP);
    }
    const text = await this.download(url);
    const fetched = new Date().toISOString();
    this.options.log?.(`${what}: fetched from ${new URL(url).host}`);
    const value = accept(text);
    try {
      await this.cache.write(cacheName, url, text, fetched);
    } catch (error) {
      this.options.log?.(`warning: could not write the cache in ${this.options.cacheDir} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    return { value, url, fetched, fromCache: false };
  }

  private async download(url: string): Promise<string> {
    const retries = this.options.retries ?? 4;
    const base = this.options.baseDelayMs ?? 1000;
    const cap = this.options.maxDelayMs ?? 30_000;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(url);
      } catch (error) {
        if (!(error instanceof Retryable)) throw error;
        if (attempt >= retries) throw new SecFetchError(`${error.finalMessage} (${attempt + 1} attempts)`);
        const delay = Math.min(cap, error.retryAfterMs ?? base * 2 ** attempt);
        this.options.log?.(`${error.finalMessage}; trying again in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 2} of ${retries + 1})`);
        await this.clock.sleep(delay);
      }
    }
  }

  private async attempt(url: string): Promise<string> {
    const host = new URL(url).host;
    await this.limiter.acquire();
    let response: Response;
    try {
      response = await this.fetch(url, {
        headers: { "User-Agent": this.options.userAgent!, "Accept-Encoding": "gzip", Accept: "application/json" },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000),
      });
    } catch (error) {
      const code = networkCode(error);
      if (code === "ENOTFOUND" || code === "EAI_AGAIN") throw new SecFetchError(`cannot reach ${host}: the name does not resolve (${code}); is this machine offline?`);
      if (code === "ECONNREFUSED") throw new SecFetchError(`cannot reach ${host}: the connection was refused (ECONNREFUSED); is this machine offline, or behind a proxy?`);
      if (code === "TIMEOUT") throw new Retryable(`no answer from ${host} within ${(this.options.timeoutMs ?? 60_000) / 1000} s`);
      if (code && RETRYABLE_NETWORK.has(code)) throw new Retryable(`the connection to ${host} was cut (${code})`);
      throw new SecFetchError(`cannot reach ${host} (${code ?? (error as Error).message})`);
    }
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel();
      const why = response.status === 429 ? "429, too many requests: SEC blocks an address that exceeds 10 requests a second for about 10 minutes" : `${response.status} ${response.statusText}`;
      throw new Retryable(`${host} answered ${why}`, retryAfter(response.headers.get("retry-after"), Date.now()));
    }
    if (!response.ok) {
      await response.body?.cancel();
      if (response.status === 403) throw new SecFetchError(`${host} refused the request (403 Forbidden). ${USER_AGENT_HELP}; SEC also refuses addresses it has blocked for too many requests`);
      if (response.status === 404) throw new SecFetchError(`${host} has no such file (404): ${url}`);
      throw new SecFetchError(`${host} answered ${response.status} ${response.statusText} for ${url}`);
    }
    return this.readBody(response, host);
  }

  /** The body as text, refusing more than `maxBytes` and saying so when the download is cut off. */
  private async readBody(response: Response, host: string): Promise<string> {
    const max = this.options.maxBytes;
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (declared > max) {
      await response.body?.cancel();
      throw new SecFetchError(`${host} announced ${sizeText(declared)}; the limit is ${sizeText(max)} (companyfacts files are a few MB)`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      const reader = response.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > max) {
          await reader.cancel();
          throw new SecFetchError(`${host} sent more than the limit of ${sizeText(max)} (companyfacts files are a few MB); refused`);
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error instanceof SecFetchError) throw error;
      throw new Retryable(`the download from ${host} was cut off after ${total} bytes (${networkCode(error) ?? (error as Error).message})`);
    }
    return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
  }
}
