/**
 * Section 4, load: what the taskpane costs to download and to show.
 *
 * Sizes: gzip (zlib's default level 6, what a web server typically sends) of the production
 * bundles. "First render" is the JavaScript the taskpane page names (functions.js, since the
 * shared runtime loads the functions too, then taskpane.js): what must arrive before the pane
 * shows. The Templates and Analyse panels come in chunks of their own, loaded when first shown
 * (prefetched once the pane is up). "Whole taskpane" is all of it: taskpane.html, the page's
 * scripts and every chunk. office.js comes from Microsoft's CDN (cached by Office) and is
 * reported apart.
 *
 * First render: headless Chromium (Debian's /usr/bin/chromium through playwright-core, never a
 * downloaded browser) opens taskpane.html served from dist/ by a tiny static server on 127.0.0.1.
 * The page's office.js request to appsforoffice.microsoft.com is answered from the installed
 * @microsoft/office-js package (so the page runs the real office.js, outside Office, with no
 * network); every other request off 127.0.0.1 is aborted and counted. A second variant aborts
 * office.js (the page then renders with no Office at all), interleaved with the first, to show
 * what office.js costs. Time = navigation start (performance.timeOrigin) to the first card
 * heading (`article h3`) laid out with a size, plus one frame (requestAnimationFrame, then a
 * task: the frame holding it has been painted). A fresh browser context per load (cold cache).
 * The scripts the page had run by then are recorded (resource timing): the first render must not
 * wait for a lazy chunk.
 *
 * dist/: used as it is when it holds a production build; built (`webpack --mode production`)
 * when missing or a development build; `--build` builds into a temporary folder instead, leaving
 * dist/ alone.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Route } from "playwright-core";
import { gzipBytes, lazyChunks, pageScripts } from "./lib/pageScripts";
import type { BudgetCheck, Figure, Mode, SectionResult } from "./lib/report";
import { serveStatic } from "./lib/staticServer";
import { max, median, min, round, sig } from "./lib/stats";
import { interleaveAsync } from "./lib/timing";

export const FUNCTIONS_BUDGET_KB = 50;
/** The JavaScript the taskpane page needs before it shows anything (functions.js + taskpane.js). */
export const FIRST_RENDER_JS_BUDGET_KB = 200;
export const TASKPANE_BUDGET_KB = 250;
export const FIRST_RENDER_BUDGET_MS = 1000;

const ROOT = resolve(__dirname, "..");
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Records when the first card heading has a size, and when the frame after it ran. */
const PROBE = `
(() => {
  const probe = { firstCard: undefined, inserted: undefined };
  Object.defineProperty(window, "__aiflagProbe", { value: probe });
  const look = () => {
    const h = document.querySelector("article h3");
    if (!h || h.getBoundingClientRect().height === 0) return false;
    probe.inserted = performance.now();
    requestAnimationFrame(() => setTimeout(() => { probe.firstCard = performance.now(); }, 0));
    return true;
  };
  const observer = new MutationObserver(() => { if (look()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();
`;

interface Probe {
  firstCard?: number;
  inserted?: number;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function build(outputPath: string | undefined): void {
  const cli = join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  const args = [cli, "--mode", "production", ...(outputPath ? ["--output-path", outputPath] : [])];
  process.stdout.write(`   building: node ${args.slice(1).join(" ")}\n`);
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`production build failed (exit ${String(r.status)})`);
}

/** The folder to measure: dist/ (built when missing or a development build), or a fresh temporary build. */
function bundles(fresh: boolean, notes: string[]): { dir: string; cleanup: () => void } {
  if (fresh) {
    const dir = mkdtempSync(join(tmpdir(), "aiflag-bench-dist-"));
    build(dir);
    notes.push("Bundles: a fresh production build in a temporary folder (--build).");
    return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const dist = join(ROOT, "dist");
  const hasBundles = existsSync(join(dist, "taskpane.js")) && existsSync(join(dist, "functions.js")) && existsSync(join(dist, "taskpane.html"));
  if (!hasBundles || existsSync(join(dist, "taskpane.js.map"))) {
    build(undefined);
    notes.push("Bundles: dist/ was missing or a development build: built with webpack --mode production.");
  } else {
    const built = statSync(join(dist, "taskpane.js")).mtimeMs;
    const stale = newestMtime(join(ROOT, "src")) > built;
    notes.push(
      `Bundles: the production build in dist/ from ${new Date(built).toISOString()}` +
        (stale ? " (older than some sources: run with --build for a fresh one)." : "."),
    );
  }
  return { dir: dist, cleanup: () => undefined };
}

const kb = (bytes: number) => round(bytes / 1024);

interface LoadOutcome {
  ms: number;
  /** The add-in's scripts the page had run before the first card was painted. */
  scriptsRun: string[];
  /** DOMContentLoaded: the deferred bundles downloaded, parsed and run. */
  scriptsMs: number;
  /** The heading in the DOM with a size (React has rendered), before the frame is painted. */
  insertedMs: number;
  offsite: string[];
  consoleErrors: string[];
}

async function loadOnce(browser: Browser, url: string, office: "local" | "aborted"): Promise<LoadOutcome> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 360, height: 900 } });
  const offsite: string[] = [];
  const consoleErrors: string[] = [];
  const origin = new URL(url).origin;
  await context.route("**/*", async (route: Route) => {
    const u = route.request().url();
    if (u.startsWith(origin)) return route.continue();
    if (u.startsWith(OFFICE_CDN) && office === "local") {
      const file = join(OFFICE_DIST, new URL(u).pathname.slice(new URL(OFFICE_CDN).pathname.length));
      if (file.startsWith(OFFICE_DIST) && existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
    }
    if (!u.startsWith(OFFICE_CDN)) offsite.push(u);
    return route.abort();
  });
  try {
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    await page.addInitScript(PROBE);
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => (window as unknown as { __aiflagProbe?: Probe }).__aiflagProbe?.firstCard !== undefined, undefined, { timeout: 20000 });
    const probe = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      const seen = (window as unknown as { __aiflagProbe: Probe }).__aiflagProbe;
      const scriptsRun = performance
        .getEntriesByType("resource")
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => e.initiatorType === "script" && e.name.startsWith(`${location.origin}/`) && e.startTime < (seen.firstCard ?? Infinity))
        .map((e) => new URL(e.name).pathname.slice(1));
      return { ...seen, scripts: nav?.domContentLoadedEventEnd ?? Number.NaN, scriptsRun };
    });
    if (probe.firstCard === undefined || probe.inserted === undefined) throw new Error("the first card heading never appeared");
    return { ms: probe.firstCard, scriptsRun: probe.scriptsRun, scriptsMs: probe.scripts, insertedMs: probe.inserted, offsite, consoleErrors };
  } finally {
    await context.close();
  }
}

export async function runLoad(mode: Mode): Promise<SectionResult> {
  const t0 = Date.now();
  const figures: Figure[] = [];
  const budgets: BudgetCheck[] = [];
  const notes: string[] = [];
  const check = (pass: boolean) => (mode.smoke ? null : pass);
  const { dir, cleanup } = bundles(process.argv.includes("--build"), notes);
  try {
    const gz = (file: string) => gzipBytes(join(dir, file));
    const raw = (f: string) => `${sig(statSync(join(dir, f)).size / 1024)} KB minified`;
    const first = pageScripts(dir, "taskpane.html");
    const chunks = lazyChunks(dir, ["taskpane.html", "help.html"]);
    const fn = gz("functions.js");
    const firstJs = first.reduce((sum, f) => sum + gz(f), 0);
    const whole = gz("taskpane.html") + firstJs + chunks.reduce((sum, f) => sum + gz(f), 0);
    figures.push({ metric: "functions.js gzip", value: kb(fn), unit: "KB", detail: raw("functions.js") });
    figures.push({ metric: "taskpane.js gzip", value: kb(gz("taskpane.js")), unit: "KB", detail: raw("taskpane.js") });
    figures.push({ metric: "first render JavaScript gzip", value: kb(firstJs), unit: "KB", detail: `what taskpane.html loads: ${first.join(" + ")}` });
    for (const chunk of chunks) figures.push({ metric: `  lazy chunk ${chunk} gzip`, value: kb(gz(chunk)), unit: "KB", detail: `${raw(chunk)}; loaded when its panel is first shown` });
    figures.push({ metric: "whole taskpane gzip (html + scripts + chunks)", value: kb(whole), unit: "KB", detail: "office.js not included (Microsoft's CDN)" });
    const officeJs = join(OFFICE_DIST, "office.js");
    if (existsSync(officeJs)) figures.push({ metric: "office.js gzip (Microsoft's CDN, for reference)", value: kb(gzipBytes(officeJs)), unit: "KB" });
    budgets.push({ metric: "functions bundle gzip", limit: `<= ${FUNCTIONS_BUDGET_KB} KB`, measured: `${sig(fn / 1024)} KB`, pass: check(fn / 1024 <= FUNCTIONS_BUDGET_KB) });
    budgets.push({ metric: "first render JavaScript gzip", limit: `<= ${FIRST_RENDER_JS_BUDGET_KB} KB`, measured: `${sig(firstJs / 1024)} KB`, pass: check(firstJs / 1024 <= FIRST_RENDER_JS_BUDGET_KB) });
    budgets.push({ metric: "whole taskpane gzip", limit: `<= ${TASKPANE_BUDGET_KB} KB`, measured: `${sig(whole / 1024)} KB`, pass: check(whole / 1024 <= TASKPANE_BUDGET_KB) });

    if (!existsSync(CHROMIUM)) {
      notes.push(`First render not measured: ${CHROMIUM} is missing (apt-get install chromium).`);
      budgets.push({ metric: "first render", limit: `<= ${FIRST_RENDER_BUDGET_MS} ms`, measured: "no Chromium", pass: null });
      return { id: "load", title: "Load", available: true, figures, budgets, notes, seconds: (Date.now() - t0) / 1000 };
    }
    const { chromium } = await import("playwright-core");
    const server = await serveStatic(dir);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
    try {
      const url = `${server.origin}/taskpane.html`;
      const offsite = new Set<string>();
      const errors = new Set<string>();
      const runBeforeFirstCard = new Set<string>();
      const scripts: number[] = [];
      const inserted: number[] = [];
      const once = (office: "local" | "aborted") => async () => {
        const r = await loadOnce(browser, url, office);
        if (office === "local") {
          scripts.push(r.scriptsMs);
          inserted.push(r.insertedMs);
        }
        r.offsite.forEach((u) => offsite.add(u));
        r.scriptsRun.forEach((f) => runBeforeFirstCard.add(f));
        if (office === "local") r.consoleErrors.forEach((e) => errors.add(e));
        return r.ms;
      };
      const reps = mode.smoke ? 1 : 11;
      const s = await interleaveAsync(
        [
          { name: "local", run: once("local") },
          { name: "aborted", run: once("aborted") },
        ],
        { reps, warmup: 1 },
      );
      const firstRender = median(s.local);
      figures.push({
        metric: "first render, office.js from the package",
        value: round(firstRender),
        unit: "ms",
        detail: `median of ${reps} cold loads (range ${sig(min(s.local))}-${sig(max(s.local))}); navigation start to first card heading painted`,
      });
      figures.push({
        metric: "  of which: bundles loaded and run (DOMContentLoaded)",
        value: round(median(scripts.slice(1))), // [0] is the warm-up load
        unit: "ms",
        detail: "the page's deferred scripts: office.js, functions.js, taskpane.js",
      });
      figures.push({ metric: "  of which: first card heading in the DOM", value: round(median(inserted.slice(1))), unit: "ms", detail: "React's first render done; the frame is painted after" });
      figures.push({
        metric: "first render, office.js aborted",
        value: round(median(s.aborted)),
        unit: "ms",
        detail: `median of ${reps}, interleaved (range ${sig(min(s.aborted))}-${sig(max(s.aborted))})`,
      });
      figures.push({ metric: "requests off 127.0.0.1 (aborted)", value: offsite.size, unit: "URLs", detail: [...offsite].slice(0, 3).join(" ") });
      const early = chunks.filter((c) => runBeforeFirstCard.has(c));
      figures.push({ metric: "lazy chunks run before the first card", value: early.length, unit: "chunks", detail: early.join(" ") || "none" });
      if (errors.size > 0) notes.push(`Console errors with office.js loaded: ${[...errors].slice(0, 3).join(" | ")}`);
      budgets.push({ metric: "taskpane first render", limit: `<= ${FIRST_RENDER_BUDGET_MS} ms`, measured: `${sig(firstRender)} ms`, pass: check(firstRender <= FIRST_RENDER_BUDGET_MS) });
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    cleanup();
  }
  return { id: "load", title: "Load", available: true, figures, budgets, notes, seconds: (Date.now() - t0) / 1000 };
}
