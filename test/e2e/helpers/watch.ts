/**
 * Everything a browser context asks of the network, and everything its pages say in the console.
 *
 * Office.js: the add-in's pages load it from Microsoft's CDN. Here the CDN's folder is routed to
 * the same files from the installed @microsoft/office-js package (the files the CDN serves), so
 * the test needs no network; the production page is unchanged. Every other request that is not
 * for 127.0.0.1 is recorded and aborted: nothing can leave even when a test fails.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext, ConsoleMessage, Page } from "playwright-core";

export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = resolve(__dirname, "../../../node_modules/@microsoft/office-js/dist");

/**
 * The one console error tolerated, and why: office.js (its o15apptofilemappingtable.js,
 * `ULSEndpointProxy`) adds a hidden iframe to Microsoft's telemetry proxy three seconds after
 * loading, inside Office and out. Each page's Content-Security-Policy lists the frames it allows
 * (`frame-src`: Office.js's origin on the add-in pages, none on the preview), and that proxy is
 * not among them: the frame is refused before any request is made (the network record proves it)
 * and Chromium logs the refusal, naming the frame-src directive. AIFLAG deliberately does not
 * allow office.js's telemetry (README, "Troubleshooting"); at most one refusal per page, and any
 * other console error fails the test.
 */
export const OFFICE_TELEMETRY_HOST = "telemetryservice.firstpartyapps.oaspapps.com";
export const OFFICE_TELEMETRY_REFUSAL =
  /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive: "frame-src /;

export interface Watch {
  /** Every URL requested, in order. */
  requests: string[];
  /** Requests to the Office CDN, answered from the installed package. */
  routedToPackage: string[];
  /** Requests for anywhere but 127.0.0.1 (and not the routed CDN): aborted, and a failure. */
  external: string[];
  /** Console errors and uncaught exceptions, with the page they came from. */
  errors: string[];
  /** The tolerated office.js telemetry refusals seen. */
  telemetryRefusals: string[];
}

const isLocal = (url: string, origin: string) => url.startsWith(`${origin}/`) || url === origin || /^(data|blob|about):/.test(url);

function consoleLine(page: Page, m: ConsoleMessage): string {
  const where = m.location().url ? ` (${m.location().url}:${m.location().lineNumber})` : "";
  return `${new URL(page.url()).pathname}: ${m.text()}${where}`;
}

/** Watches the pages of `context`; `origin` is the local server ("http://127.0.0.1:PORT"). */
export async function watchContext(context: BrowserContext, origin: string): Promise<Watch> {
  const watch: Watch = { requests: [], routedToPackage: [], external: [], errors: [], telemetryRefusals: [] };
  // Routes run newest first: the CDN route below is tried before this catch-all.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url, origin)) return route.continue();
    watch.external.push(url);
    return route.abort("blockedbyclient");
  });
  await context.route(`${OFFICE_CDN}**`, (route) => {
    const url = route.request().url();
    watch.routedToPackage.push(url);
    const file = resolve(OFFICE_JS_DIST, new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
    // A file the package lacks is a 404, which the console check then reports.
    if (!file.startsWith(`${OFFICE_JS_DIST}/`) || !existsSync(file)) return route.fulfill({ status: 404, body: "not in @microsoft/office-js" });
    return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
  });
  context.on("request", (request) => watch.requests.push(request.url()));
  context.on("page", (page) => observePage(page, watch, origin));
  return watch;
}

function observePage(page: Page, watch: Watch, origin: string): void {
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const line = consoleLine(page, m);
    if (OFFICE_TELEMETRY_REFUSAL.test(m.text())) watch.telemetryRefusals.push(line);
    else watch.errors.push(line);
  });
  page.on("pageerror", (error) => watch.errors.push(`${new URL(page.url()).pathname}: uncaught ${error.stack ?? error.message}`));
  // WebSockets do not pass through routes: record any that is not local.
  page.on("websocket", (ws) => {
    if (!isLocal(ws.url().replace(/^ws/, "http"), origin)) watch.external.push(ws.url());
  });
}
