/**
 * `aiflag sec <TICKER | CIK | file.json | file.json.gz>`: a company's line items from SEC EDGAR's
 * companyfacts, as a table, the documented JSON, or the report's CSV. Exit codes: 0 done, 1 bad
 * data, file or network, 2 bad command line.
 */
import { resolve } from "node:path";
import { financialsToCsv } from "../../sources/csv/write";
import { MAX_COMPANYFACTS_BYTES, parseCompanyFactsText, readCompanyFacts, SecDataError, secJson, type SecCompany } from "../../sources/sec";
import type { SecJsonKind } from "../../sources/sec/json";
import type { Basis } from "../../sources/sec/restatement";
import type { Io } from "../main";
import { parseSecArgs, SEC_USAGE, SecUsageError, type SecArgs, type SecTarget } from "./args";
import { defaultCacheDir } from "./cache";
import { SecClient, SecFetchError } from "./client";
import type { Clock, RateLimiter } from "./rateLimiter";
import { readCompanyFactsFile } from "./readFile";
import { secTable } from "./table";

export { SEC_USAGE } from "./args";

/** What the command takes from its surroundings; tests replace these. */
export interface SecDeps {
  env?: Readonly<Record<string, string | undefined>>;
  fetch?: typeof fetch;
  clock?: Clock;
  limiter?: RateLimiter;
  maxBytes?: number;
  retries?: number;
  baseDelayMs?: number;
}

const DEFAULT_LAST = { annual: 5, quarterly: 8, ttm: 8 } as const;

interface Loaded {
  /** The parsed companyfacts JSON. */
  doc: unknown;
  /** How the source is named in messages: the file, or "CIK 0000789019". */
  name: string;
  ticker?: string;
}

/** Where a company's companyfacts come from, and how to read them: what `aiflag sec` and `aiflag report --sec` share. */
export interface SecSource {
  target: SecTarget;
  basis: Basis;
  userAgent?: string | undefined;
  cacheDir?: string | undefined;
  refresh: boolean;
}

async function load(source: SecSource, io: Io, deps: SecDeps, maxBytes: number): Promise<Loaded> {
  const { target } = source;
  if (target.kind === "file") {
    try {
      return { doc: parseCompanyFactsText(readCompanyFactsFile(resolve(io.cwd, target.path), maxBytes), { maxBytes }), name: target.path };
    } catch (error) {
      if (error instanceof SecDataError) throw new SecDataError(`${target.path}: ${error.message}`);
      throw error;
    }
  }
  const env = deps.env ?? process.env;
  const client = new SecClient({
    userAgent: source.userAgent ?? env.AIFLAG_SEC_USER_AGENT,
    wwwUrl: env.AIFLAG_SEC_WWW_URL,
    dataUrl: env.AIFLAG_SEC_DATA_URL,
    cacheDir: source.cacheDir ? resolve(io.cwd, source.cacheDir) : defaultCacheDir(env),
    refresh: source.refresh,
    maxBytes,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(deps.limiter ? { limiter: deps.limiter } : {}),
    ...(deps.retries !== undefined ? { retries: deps.retries } : {}),
    ...(deps.baseDelayMs !== undefined ? { baseDelayMs: deps.baseDelayMs } : {}),
    log: (line) => io.stderr.write(`aiflag sec: ${line}\n`),
  });
  const ticker = target.kind === "ticker" ? target.ticker : undefined;
  const cik = target.kind === "cik" ? target.cik : (await client.cikOf(target.ticker)).cik;
  const name = `CIK ${String(cik).padStart(10, "0")}${ticker ? ` (${ticker})` : ""}`;
  try {
    return { doc: (await client.companyFacts(cik)).value, name, ...(ticker ? { ticker } : {}) };
  } catch (error) {
    if (error instanceof SecDataError) throw new SecDataError(`${name}: ${error.message}`);
    throw error;
  }
}

/**
 * A company's figures from a companyfacts file, or fetched from SEC by ticker or CIK (cached).
 * Throws SecDataError or SecFetchError with a plain message naming the file or the CIK.
 */
export async function loadSecCompany(source: SecSource, io: Io, deps: SecDeps = {}): Promise<SecCompany> {
  const loaded = await load(source, io, deps, deps.maxBytes ?? MAX_COMPANYFACTS_BYTES);
  let company: SecCompany;
  try {
    company = readCompanyFacts(loaded.doc, { basis: source.basis });
  } catch (error) {
    if (error instanceof SecDataError) throw new SecDataError(`${loaded.name}: ${error.message}`);
    throw error;
  }
  if (loaded.ticker) company.company.ticker = loaded.ticker;
  return company;
}

function render(company: SecCompany, args: SecArgs, ticker: string | undefined): string {
  if (args.format === "json") {
    const kinds: SecJsonKind[] = args.view === "quarterly" ? ["quarter"] : args.view === "ttm" ? ["ttm"] : ["annual", "quarter", "ttm"];
    return JSON.stringify(secJson(company, kinds, ticker), null, 2) + "\n";
  }
  if (args.format === "csv") return financialsToCsv([company.annual]);
  return secTable(company, args.view, args.last ?? DEFAULT_LAST[args.view]);
}

export async function runSec(argv: readonly string[], io: Io, deps: SecDeps = {}): Promise<number> {
  let args: SecArgs;
  try {
    args = parseSecArgs(argv);
  } catch (error) {
    if (!(error instanceof SecUsageError)) throw error;
    io.stderr.write(`aiflag sec: ${error.message}\n\n${SEC_USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(SEC_USAGE);
    return 0;
  }
  try {
    const company = await loadSecCompany({ target: args.target!, basis: args.basis, userAgent: args.userAgent, cacheDir: args.cacheDir, refresh: args.refresh }, io, deps);
    io.stdout.write(render(company, args, company.company.ticker));
    return 0;
  } catch (error) {
    if (error instanceof SecDataError || error instanceof SecFetchError) {
      io.stderr.write(`aiflag sec: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
