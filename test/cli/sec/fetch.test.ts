/**
 * `aiflag sec TICKER | CIK` against a fixture server on 127.0.0.1 standing in for www.sec.gov and
 * data.sec.gov: SEC's fair-access rules, the cache, retries, and every failure in plain words.
 * Nothing here reaches the network.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { fixtureText } from "../../sources/sec/fixtures";
import type { SecJson } from "../../../src/sources/sec";
import { defaultCacheDir } from "../../../src/cli/sec/cache";
import { validUserAgent } from "../../../src/cli/sec/client";
import { cutOff, json, serve, status, type FixtureServer } from "./server";
import { runSecCli, tempDir, USER_AGENT } from "./helpers";

const TICKERS = JSON.stringify({
  "0": { cik_str: 789019, ticker: "MSFT", title: "MICROSOFT CORP" },
  "1": { cik_str: 1045810, ticker: "NVDA", title: "NVIDIA CORP" },
  "2": { cik_str: 1067983, ticker: "BRK-B", title: "BERKSHIRE HATHAWAY INC" },
});
const MSFT_PATH = "/api/xbrl/companyfacts/CIK0000789019.json";
const NVDA_PATH = "/api/xbrl/companyfacts/CIK0001045810.json";
const TICKERS_PATH = "/files/company_tickers.json";

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function env(s: FixtureServer, extra: Record<string, string> = {}) {
  return { AIFLAG_SEC_WWW_URL: s.url, AIFLAG_SEC_DATA_URL: `${s.url}/`, AIFLAG_SEC_USER_AGENT: USER_AGENT, ...extra };
}

test("a ticker is looked up in SEC's list, its companyfacts fetched with the headers SEC requires, then cached", async () => {
  server = await serve({ [TICKERS_PATH]: json(TICKERS), [MSFT_PATH]: json(fixtureText("MSFT")) });
  const cache = tempDir();
  const first = await runSecCli(["msft", "--json", "--cache-dir", cache], { env: env(server) });
  expect(first.code).toBe(0);
  const doc = JSON.parse(first.out) as SecJson;
  expect(doc.company).toMatchObject({ name: "MICROSOFT CORPORATION", ticker: "MSFT" });
  expect(doc.periods.find((p) => p.label === "FY2025")!.items.capex!.value).toBe(64_551_000_000);
  expect(server.requests.map((r) => r.path)).toEqual([TICKERS_PATH, MSFT_PATH]);
  for (const r of server.requests) {
    expect(r.headers["user-agent"]).toBe(USER_AGENT);
    expect(r.headers["accept-encoding"]).toMatch(/gzip/);
  }
  expect(first.err).toMatch(/companyfacts of CIK 0000789019: fetched from 127\.0\.0\.1/);

  const meta = JSON.parse(readFileSync(join(cache, "companyfacts", "CIK0000789019.meta.json"), "utf8")) as { url: string; fetched: string; bytes: number };
  expect(meta.url).toBe(`${server.url}${MSFT_PATH}`);
  expect(Date.now() - Date.parse(meta.fetched)).toBeLessThan(60_000);
  expect(meta.bytes).toBe(fixtureText("MSFT").length);

  const second = await runSecCli(["MSFT", "--json", "--cache-dir", cache], { env: env(server) });
  expect(second.out).toBe(first.out);
  expect(server.requests).toHaveLength(2);
  expect(second.err).toMatch(/companyfacts of CIK 0000789019: from the cache \(fetched \d{4}-\d\d-\d\d \d\d:\d\d UTC; --refresh to fetch again\)/);

  await runSecCli(["MSFT", "--refresh", "--cache-dir", cache], { env: env(server) });
  expect(server.requests).toHaveLength(4);
});

test("a CIK goes straight to companyfacts; a cached file needs no User-Agent", async () => {
  server = await serve({ [NVDA_PATH]: json(fixtureText("NVDA")) });
  const cache = tempDir();
  const { code, out } = await runSecCli(["1045810", "--cache-dir", cache], { env: env(server) });
  expect(code).toBe(0);
  expect(out).toMatch(/^NVIDIA CORP \(CIK 1045810\)/);
  expect(server.requests.map((r) => r.path)).toEqual([NVDA_PATH]);
  const offline = await runSecCli(["CIK0001045810", "--cache-dir", cache], { env: { AIFLAG_SEC_DATA_URL: server.url } });
  expect(offline.code).toBe(0);
});

test("BRK.B is looked up as SEC writes it, BRK-B", async () => {
  server = await serve({ [TICKERS_PATH]: json(TICKERS), "/api/xbrl/companyfacts/CIK0001067983.json": status(404) });
  const { err } = await runSecCli(["brk.b", "--cache-dir", tempDir()], { env: env(server) });
  expect(server.requests.map((r) => r.path)).toEqual([TICKERS_PATH, "/api/xbrl/companyfacts/CIK0001067983.json"]);
  expect(err).toMatch(/has no such file \(404\)/);
});

test("without a User-Agent nothing is requested, and the message says why", async () => {
  server = await serve({ [TICKERS_PATH]: json(TICKERS) });
  const { code, err } = await runSecCli(["MSFT", "--cache-dir", tempDir()], { env: { AIFLAG_SEC_WWW_URL: server.url } });
  expect(code).toBe(1);
  expect(server.requests).toHaveLength(0);
  expect(err).toBe(
    'aiflag sec: SEC requires a User-Agent naming you and giving a contact e-mail, such as "Jane Doe jane.doe@example.com", and answers 403 (Forbidden) to requests without one: set AIFLAG_SEC_USER_AGENT or pass --user-agent\n',
  );
  const noMail = await runSecCli(["MSFT", "--user-agent", "Jane Doe", "--cache-dir", tempDir()], { env: { AIFLAG_SEC_WWW_URL: server.url } });
  expect(noMail.err).toMatch(/^aiflag sec: the User-Agent "Jane Doe" has no contact e-mail\. SEC requires/);
  expect(validUserAgent("Jane Doe jane.doe@example.com")).toBe(true);
});

test("--user-agent is sent as given", async () => {
  server = await serve({ [NVDA_PATH]: json(fixtureText("NVDA")) });
  await runSecCli(["1045810", "--user-agent", "Research Desk desk@example.org", "--cache-dir", tempDir()], { env: { AIFLAG_SEC_DATA_URL: server.url } });
  expect(server.requests[0].headers["user-agent"]).toBe("Research Desk desk@example.org");
});

test("403: a plain message on the User-Agent", async () => {
  server = await serve({ [NVDA_PATH]: status(403, "<html><title>Forbidden</title></html>") });
  const { code, err } = await runSecCli(["1045810", "--cache-dir", tempDir()], { env: env(server) });
  expect(code).toBe(1);
  expect(err).toMatch(/^aiflag sec: 127\.0\.0\.1:\d+ refused the request \(403 Forbidden\)\. SEC requires a User-Agent/);
  expect(server.requests).toHaveLength(1);
});

test("429 then 200: waits with exponential backoff (or as Retry-After says), then succeeds", async () => {
  server = await serve({ [NVDA_PATH]: [status(429), status(429, "", { "Retry-After": "3" }), json(fixtureText("NVDA"))] });
  const slept: number[] = [];
  const clock = { now: () => 0, sleep: async (ms: number) => void slept.push(ms) };
  const { code, err } = await runSecCli(["1045810", "--cache-dir", tempDir()], { env: env(server), deps: { clock, baseDelayMs: 500 } });
  expect(code).toBe(0);
  expect(server.requests).toHaveLength(3);
  expect(slept).toEqual([500, 3000]);
  expect(err).toMatch(/answered 429, too many requests: SEC blocks an address that exceeds 10 requests a second for about 10 minutes; trying again in 0\.5 s \(attempt 2 of 5\)/);
});

test("500s until the retries run out: bounded, then a plain message", async () => {
  server = await serve({ [NVDA_PATH]: status(503) });
  const { code, err } = await runSecCli(["1045810", "--cache-dir", tempDir()], { env: env(server), deps: { retries: 3, baseDelayMs: 100 } });
  expect(code).toBe(1);
  expect(server.requests).toHaveLength(4);
  expect(err.trim().split("\n").at(-1)).toMatch(/^aiflag sec: 127\.0\.0\.1:\d+ answered 503 Service Unavailable \(4 attempts\)$/);
  expect(err).toMatch(/trying again in 0\.1 s.*\n.*trying again in 0\.2 s.*\n.*trying again in 0\.4 s/);
});

test("an HTML page with status 200 is named, not parsed as figures", async () => {
  server = await serve({ [NVDA_PATH]: status(200, "<html><head><title>EDGAR | Maintenance</title></head></html>") });
  const { code, err } = await runSecCli(["1045810", "--cache-dir", tempDir()], { env: env(server) });
  expect(code).toBe(1);
  expect(err).toMatch(/\naiflag sec: CIK 0001045810: this is an HTML page \("EDGAR \| Maintenance"\), not companyfacts JSON/);
});

test("a download cut off is retried, then reported", async () => {
  server = await serve({ [NVDA_PATH]: cutOff(fixtureText("NVDA")) });
  const { code, err } = await runSecCli(["1045810", "--cache-dir", tempDir()], { env: env(server), deps: { retries: 1 } });
  expect(code).toBe(1);
  expect(server.requests).toHaveLength(2);
  expect(err.trim().split("\n").at(-1)).toMatch(/^aiflag sec: the download from 127\.0\.0\.1:\d+ was cut off after \d+ bytes \(.+\) \(2 attempts\)$/);
});

test("a body that ends early but completely (truncated JSON) is reported as cut off, and not cached", async () => {
  server = await serve({ [NVDA_PATH]: json(fixtureText("NVDA").slice(0, 9000)) });
  const cache = tempDir();
  const { code, err } = await runSecCli(["1045810", "--cache-dir", cache], { env: env(server) });
  expect(code).toBe(1);
  expect(err).toMatch(/CIK 0001045810: the JSON stops before its end \(9000 characters\): the file is cut off/);
  expect(existsSync(join(cache, "companyfacts", "CIK0001045810.meta.json"))).toBe(false);
});

test("connection refused: a plain message, no retry", async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const { code, err } = await runSecCli(["1045810", "--cache-dir", tempDir()], {
    env: { AIFLAG_SEC_DATA_URL: `http://127.0.0.1:${port}`, AIFLAG_SEC_USER_AGENT: USER_AGENT },
  });
  expect(code).toBe(1);
  expect(err).toBe(`aiflag sec: cannot reach 127.0.0.1:${port}: the connection was refused (ECONNREFUSED); is this machine offline, or behind a proxy?\n`);
});

test("no network: a name that does not resolve", async () => {
  const failing: typeof fetch = async () => {
    throw Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("getaddrinfo ENOTFOUND data.sec.gov"), { code: "ENOTFOUND" }) });
  };
  const { code, err } = await runSecCli(["1045810", "--cache-dir", tempDir()], { env: { AIFLAG_SEC_USER_AGENT: USER_AGENT }, deps: { fetch: failing } });
  expect(code).toBe(1);
  expect(err).toBe("aiflag sec: cannot reach data.sec.gov: the name does not resolve (ENOTFOUND); is this machine offline?\n");
});

test("an unknown ticker", async () => {
  server = await serve({ [TICKERS_PATH]: json(TICKERS) });
  const { code, err } = await runSecCli(["ZZZZ", "--cache-dir", tempDir()], { env: env(server) });
  expect(code).toBe(1);
  expect(err).toMatch(/^aiflag sec: no ticker "ZZZZ" in SEC's list of tickers \(company_tickers\.json, fetched \d{4}-\d\d-\d\d\): check the symbol, give the company's CIK instead, or --refresh/m);
});

test("a body over the limit is refused while it downloads", async () => {
  server = await serve({ [NVDA_PATH]: json(fixtureText("NVDA")) });
  const { code, err } = await runSecCli(["1045810", "--cache-dir", tempDir()], { env: env(server), deps: { maxBytes: 100_000 } });
  expect(code).toBe(1);
  expect(err).toMatch(/^aiflag sec: 127\.0\.0\.1:\d+ sent more than the limit of 100000 bytes \(companyfacts files are a few MB\); refused\n$/);
});

test("the default cache folder follows XDG_CACHE_HOME, else ~/.cache", () => {
  expect(defaultCacheDir({ XDG_CACHE_HOME: "/tmp/xdg" })).toBe("/tmp/xdg/aiflag/sec");
  expect(defaultCacheDir({ HOME: "/home/ana" })).toBe("/home/ana/.cache/aiflag/sec");
});

test("a cache that cannot be written is a warning, not a failure", async () => {
  server = await serve({ [NVDA_PATH]: json(fixtureText("NVDA")) });
  const dir = tempDir();
  const blocked = join(dir, "file-not-dir");
  writeFileSync(blocked, "x");
  const { code, err } = await runSecCli(["1045810", "--cache-dir", blocked], { env: env(server) });
  expect(code).toBe(0);
  expect(err).toMatch(/warning: could not write the cache in .*file-not-dir \((ENOTDIR|EEXIST)\)/);
  expect(existsSync(join(blocked, "companyfacts"))).toBe(false);
});

test("a damaged cached file is fetched again", async () => {
  server = await serve({ [NVDA_PATH]: json(fixtureText("NVDA")) });
  const cache = tempDir();
  await runSecCli(["1045810", "--cache-dir", cache], { env: env(server) });
  writeFileSync(join(cache, "companyfacts", "CIK0001045810.json.gz"), "not gzip");
  const again = await runSecCli(["1045810", "--cache-dir", cache], { env: env(server) });
  expect(again.code).toBe(0);
  expect(server.requests).toHaveLength(2);
});
