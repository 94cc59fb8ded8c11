/**
 * The built pages' Content-Security-Policy against what office.js actually does, read from the
 * installed @microsoft/office-js (the files Microsoft's CDN serves):
 *   - office.js may open a frame from its own origin on Excel on the web: frame-src allows it;
 *   - office.js's telemetry, a hidden frame to Microsoft's telemetry proxy and (when enabled) the
 *     Aria collectors it posts to, is refused: AIFLAG makes no request beyond itself and Office.js.
 * And the taskpane page says that it loads office.js, so that the pane can tell when it failed to.
 * `npm test` builds dist/ before jest.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { allows, policyOf, type Policy } from "../helpers/csp";

const dist = resolve(__dirname, "../../dist");
const OFFICE_JS_DIST = resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";
/** The add-in's own origin, as the production build puts it in the manifest. */
const PAGE_ORIGIN = "https://localhost:3000";

function page(name: string): string {
  const file = resolve(dist, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (\`npm test\` does)`);
  return readFileSync(file, "utf8");
}

function policy(name: string): Policy {
  const found = policyOf(page(name));
  if (!found) throw new Error(`${name} has no Content-Security-Policy`);
  return found;
}

/** Every distinct URL in office.js's files (its own and its telemetry library's) matching `pattern`. */
function officeJsUrls(pattern: RegExp): string[] {
  const files = ["o15apptofilemappingtable.js", ...readdirSync(join(OFFICE_JS_DIST, "ariatelemetry")).map((f) => join("ariatelemetry", f))];
  const urls = files.flatMap((f) => readFileSync(join(OFFICE_JS_DIST, f), "utf8").match(pattern) ?? []);
  return [...new Set(urls)];
}

const TELEMETRY_FRAMES = officeJsUrls(/https:\/\/telemetryservice\.[a-z0-9.-]+\/[a-z0-9/._-]*/gi);
const TELEMETRY_COLLECTORS = officeJsUrls(/https:\/\/[a-z0-9-]+\.pipe\.aria\.microsoft\.com\/[A-Za-z0-9/._-]*/g);

test("office.js's telemetry endpoints are found in the installed package", () => {
  expect(TELEMETRY_FRAMES).toEqual(["https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html"]);
  expect(TELEMETRY_COLLECTORS.length).toBeGreaterThan(0);
});

test.each(["taskpane.html", "help.html"])("%s: frames from Office.js's origin only, never office.js's telemetry proxy", (name) => {
  const csp = policy(name);
  expect(csp.get("frame-src")).toEqual([OFFICE_ORIGIN]);
  expect(allows(csp, "frame-src", `${OFFICE_ORIGIN}/lib/1/hosted/frame.html`, PAGE_ORIGIN)).toBe(true);
  for (const url of TELEMETRY_FRAMES) expect({ url, allowed: allows(csp, "frame-src", url, PAGE_ORIGIN) }).toEqual({ url, allowed: false });
});

test.each(["taskpane.html", "help.html"])("%s: requests to itself and Office.js only, never to office.js's telemetry collectors", (name) => {
  const csp = policy(name);
  expect(allows(csp, "connect-src", `${PAGE_ORIGIN}/functions.json`, PAGE_ORIGIN)).toBe(true);
  expect(allows(csp, "connect-src", `${OFFICE_ORIGIN}/lib/1/hosted/office.js`, PAGE_ORIGIN)).toBe(true);
  for (const url of TELEMETRY_COLLECTORS) expect({ url, allowed: allows(csp, "connect-src", url, PAGE_ORIGIN) }).toEqual({ url, allowed: false });
});

test("the taskpane page marks that it loads office.js; the help page loads none and does not", () => {
  expect(page("taskpane.html")).toMatch(/<div id="?root"?[^>]*\bdata-office-js="?true"?/);
  expect(page("help.html")).not.toMatch(/data-office-js/);
  expect(page("help.html")).not.toMatch(/office\.js/);
});

test("the CSP matcher: fallbacks and source expressions", () => {
  const csp = policyOf(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src https://*.example.com">`) as Policy;
  expect(allows(csp, "frame-src", "https://localhost:3000/x.html", PAGE_ORIGIN)).toBe(true); // falls back to default-src 'self'
  expect(allows(csp, "frame-src", "https://other.example/x.html", PAGE_ORIGIN)).toBe(false);
  expect(allows(csp, "connect-src", "https://a.example.com/x", PAGE_ORIGIN)).toBe(true);
  expect(allows(csp, "connect-src", "https://example.com/x", PAGE_ORIGIN)).toBe(false);
  expect(allows(csp, "connect-src", "http://a.example.com/x", PAGE_ORIGIN)).toBe(false);
  expect(allows(policyOf(`<meta http-equiv="Content-Security-Policy" content="frame-src 'none'">`) as Policy, "frame-src", "https://localhost:3000/", PAGE_ORIGIN)).toBe(false);
});
