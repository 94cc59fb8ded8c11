/**
 * "Import SEC data" in a real browser: the preview (production build plus the preview, built here
 * into a temporary folder, served on 127.0.0.1) in Debian's headless Chromium. The analyst picks
 * Microsoft's companyfacts file (the fixture, .json.gz) in the Templates tab: the page reads it
 * in a worker of its own origin (DecompressionStream, then the SEC reader), shows the company,
 * and inserts the "SEC data" sheet and the red-flag model through the preview's host. The sheets
 * show Microsoft's FY2025 revenue, 281,724 ($M), and no request leaves 127.0.0.1. Then the same
 * file with Quarters chosen: read again with its quarters, inserted, the sheets' columns are
 * Microsoft's quarters (Q1 FY2009 first) and a flag meaningful on fiscal years only says so.
 *
 * Measured, not asserted (timed assertions do not belong in tests), before anything is inserted
 * (so that the preview's grid holds only its small sample sheet): reading, parsing and
 * normalising a 5 MB companyfacts text in the worker (the trimmed fixture padded with concepts
 * the reader never reads, as bench/sec.ts makes it), the round trip including the worker's start,
 * and how the pane's thread fared meanwhile (animation frames, the longest gap between them,
 * long tasks). Printed, and written to test-results/sec-import-timing.json.
 *
 * The screenshot of the imported company goes to test-results/screenshots/sec-import.png, and to
 * docs/images/sec-import.png when AIFLAG_UPDATE_README_SCREENSHOT=1 (or when it is missing).
 * Skipped where no Chromium is installed, saying why (CHROMIUM_MISSING).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { paddedCompanyFacts } from "../../bench/sec";
import { findFunction } from "../../src/core/registry";
import { invokeFunction } from "../../src/core/framework/invoke";
import { buildWithPreview, ROOT } from "./helpers/build";
import { CHROMIUM_MISSING, findChromium, launchChromium } from "./helpers/chromium";
import { skipBecause } from "../helpers/skip";
import { PreviewDriver } from "./helpers/preview";
import { serveStatic, type StaticServer } from "./helpers/server";
import { watchContext, type Watch } from "./helpers/watch";
import { fixtureCompany, fixturePath } from "../sources/sec/fixtures";
import { FLAG_COLUMNS, NOT_ON_QUARTERS } from "../../src/templates/redFlag/flagsSheet";
import { QUARTERS_HINT } from "../../src/taskpane/sec/importText";
import { formatAmount } from "../../src/core/format/numbers";

const SHOTS = resolve(ROOT, "test-results/screenshots");
const TIMING = resolve(ROOT, "test-results/sec-import-timing.json");
const README_IMAGE = resolve(ROOT, "docs/images/sec-import.png");
const FILE_LABEL = "companyfacts file (.json or .json.gz)";
const MSFT_HEADING = "MICROSOFT CORPORATION, CIK 0000789019";
/** Microsoft's revenue in its first quarter in XBRL, as the grid shows it in millions. */
const Q1_FY2009_REVENUE = formatAmount(fixtureCompany("MSFT").quarterly.items.revenue!.values[0]!.value / 1e6);
/** office.js frames its telemetry proxy 3 s after loading: the privacy checks wait that long. */
const OFFICE_DELAYED_MS = 3500;
/** Reads of the 5 MB text, for a median. */
const RUNS = 5;

jest.setTimeout(120_000);

const chromiumPath = findChromium();
if (!chromiumPath) skipBecause(CHROMIUM_MISSING);
const suite = chromiumPath ? describe : describe.skip;

interface PaneThread {
  frames: number;
  longestGapMs: number;
  longTasks: number[];
}

/** Starts counting the page's animation frames and long tasks; `stopWatchingThread` returns them. */
async function watchThread(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __thread?: { frames: number; last: number; longestGapMs: number; longTasks: number[]; on: boolean } };
    const state = { frames: 0, last: performance.now(), longestGapMs: 0, longTasks: [] as number[], on: true };
    w.__thread = state;
    const tick = (t: number) => {
      if (!state.on) return;
      state.frames++;
      state.longestGapMs = Math.max(state.longestGapMs, t - state.last);
      state.last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      if (state.on) for (const e of list.getEntries()) state.longTasks.push(Math.round(e.duration));
    }).observe({ type: "longtask" });
  });
}

async function stopWatchingThread(page: Page): Promise<PaneThread> {
  return page.evaluate(() => {
    const state = (window as unknown as { __thread: { frames: number; longestGapMs: number; longTasks: number[]; on: boolean } }).__thread;
    state.on = false;
    return { frames: state.frames, longestGapMs: Math.round(state.longestGapMs), longTasks: state.longTasks };
  });
}

/**
 * Opens a sheet by its tab. With eight sheets the tab strip runs under the grid's edge, where a
 * pointer click lands on a cell: the tab is clicked as the keyboard's Enter would, by its element.
 */
async function openTab(preview: PreviewDriver, name: string): Promise<void> {
  await preview.workbook.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true }).evaluate((tab) => (tab as HTMLElement).click());
  await preview.page.waitForFunction((n) => document.querySelector('main [role="grid"]')?.getAttribute("aria-label") === n, name);
}

/** The row of a flag on the Flags sheet shown, by its id. */
function flagRowShown(cells: Map<string, { text: string }>, id: string): string | undefined {
  return [...cells].find(([address, c]) => address.startsWith("A") && c.text.endsWith(`(AIFLAG.${id})`))?.[0].slice(1);
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

suite("Import SEC data in the preview, in headless Chromium", () => {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let built: string | undefined;
  let work: string | undefined;
  let watch: Watch;
  let page: Page;
  let preview: PreviewDriver;
  const workers: string[] = [];
  let opened = 0;

  beforeAll(async () => {
    built = mkdtempSync(join(tmpdir(), "aiflag-e2e-sec-"));
    work = mkdtempSync(join(tmpdir(), "aiflag-e2e-sec-files-"));
    await buildWithPreview(built);
    server = await serveStatic(built);
    browser = await launchChromium(chromiumPath as string);
    mkdirSync(SHOTS, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    watch = await watchContext(context, server.origin);
    page = await context.newPage();
    page.on("worker", (worker) => workers.push(worker.url()));
    await page.goto(`${server.origin}/preview.html`);
    opened = Date.now();
    preview = new PreviewDriver(page);
    await preview.waitReady();
    await preview.taskpane.getByRole("tab", { name: "Templates" }).click();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    for (const dir of [built, work]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("the card says where to download a company's file and why the add-in cannot", async () => {
    const card = preview.taskpane.getByRole("region", { name: "Import SEC data" });
    await card.getByRole("textbox", { name: /Company's CIK/ }).fill("789019");
    expect(await card.getByRole("textbox", { name: "companyfacts address of CIK 0000789019" }).inputValue()).toBe(
      "https://data.sec.gov/api/xbrl/companyfacts/CIK0000789019.json",
    );
    await card.getByText(/sends no CORS headers/).waitFor();
  });

  test("Microsoft's .json.gz, picked in the file input, is read in a worker and summarised", async () => {
    await preview.taskpane.getByLabel(FILE_LABEL).setInputFiles(fixturePath("MSFT"));
    await preview.taskpane.getByRole("heading", { name: MSFT_HEADING }).waitFor();
    await preview.taskpane.getByText("Fiscal years FY2008 to FY2025 (18);", { exact: false }).waitFor();
    await preview.taskpane.getByRole("button", { name: /^Missing figures \(\d+\)/ }).click();
    await preview.taskpane.getByRole("list", { name: "Line items with no figure" }).getByText(/^Depreciation and amortization: not in SEC's standard-taxonomy data/).waitFor();
    await preview.taskpane.getByRole("button", { name: /^Missing figures \(\d+\)/ }).click();
    // The worker is a script of the page's own origin.
    expect(workers).toEqual([`${server!.origin}/secWorker.js`]);
  });

  test("a 5 MB companyfacts text: read, parsed and normalised in the worker while the pane keeps drawing (measured)", async () => {
    const text = paddedCompanyFacts(5 * 1024 * 1024);
    const runs: Array<{ readMs: number; parseMs: number; normaliseMs: number; workerMs: number; roundTripMs: number; thread: PaneThread }> = [];
    for (let i = 0; i < RUNS; i++) {
      // A name of its own each time: the summary of this file, not the last one, is waited for.
      const name = `padded-5MB-${i}.json`;
      writeFileSync(join(work!, name), text);
      await watchThread(page);
      await preview.taskpane.getByLabel(FILE_LABEL).setInputFiles(join(work!, name));
      const summary = preview.taskpane.locator(`[data-file="${name}"]`);
      await summary.waitFor();
      const ms = async (what: string) => Number(await summary.getAttribute(`data-${what}-ms`));
      const [readMs, parseMs, normaliseMs, roundTripMs] = [await ms("read"), await ms("parse"), await ms("normalise"), await ms("round-trip")];
      const shown = Number(/in (\d+) ms/.exec((await summary.getByText(/^Read, parsed and normalised in \d+ ms/).textContent()) ?? "")?.[1]);
      runs.push({ readMs, parseMs, normaliseMs, workerMs: shown, roundTripMs, thread: await stopWatchingThread(page) });
    }
    await preview.taskpane.getByRole("heading", { name: MSFT_HEADING }).waitFor();
    const record = {
      measured: new Date().toISOString(),
      file: "the MSFT fixture padded to 5 MB (bench/sec.ts paddedCompanyFacts)",
      runs,
      medianWorkerMs: median(runs.map((r) => r.workerMs)),
      medianParseAndNormaliseMs: median(runs.map((r) => r.parseMs + r.normaliseMs)),
      medianRoundTripMs: median(runs.map((r) => r.roundTripMs)),
      longestFrameGapMs: Math.max(...runs.map((r) => r.thread.longestGapMs)),
    };
    mkdirSync(resolve(TIMING, ".."), { recursive: true });
    writeFileSync(TIMING, JSON.stringify(record, null, 2) + "\n");
    console.log(`[aiflag e2e] SEC import of 5 MB: ${JSON.stringify(record)}`);
    for (const r of runs) {
      expect(Math.abs(r.workerMs - (r.readMs + r.parseMs + r.normaliseMs))).toBeLessThanOrEqual(2);
      expect(r.roundTripMs).toBeGreaterThanOrEqual(r.workerMs);
    }
    // Every read ran in a worker of the page's origin, one per file.
    expect(workers).toHaveLength(1 + RUNS);
    expect(new Set(workers)).toEqual(new Set([`${server!.origin}/secWorker.js`]));
  });

  test("inserting adds the SEC data sheet and the red-flag model: Microsoft's FY2025 revenue is 281,724 on both", async () => {
    const before = await preview.sheetNames();
    const clicked = Date.now();
    await preview.taskpane.getByRole("button", { name: "Insert SEC data and red-flag model" }).click();
    await preview.taskpane.getByText(/^Added sheets SEC data, Inputs, Flags and Checks; SEC data is open\./).waitFor();
    console.log(`[aiflag e2e] SEC import inserted into the preview in ${Date.now() - clicked} ms (its formula engine loads and draws 4 sheets)`);
    expect(await preview.sheetNames()).toEqual([...before, "SEC data", "Inputs", "Flags", "Checks"]);

    // The SEC data sheet opens: the grid (revenue on row 9, FY2025 in column T) and its units.
    await page.waitForFunction(() => document.querySelector('main [role="grid"]')?.getAttribute("aria-label") === "SEC data");
    let cells = await preview.shownCells();
    expect(cells.get("B3")?.text).toBe("USD millions");
    expect(cells.get("A9")?.text).toBe("Revenue");
    expect(cells.get("T7")?.text).toBe("FY2025");
    expect(cells.get("T9")?.text).toBe("281,724");
    // For the picture: the latest years in view beside the frozen labels, as an analyst scrolls to them.
    await page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('main [aria-label="Sheet SEC data"]');
      const fy2025 = document.querySelector<HTMLElement>('main [data-address="T9"]');
      if (scroller && fy2025) scroller.scrollLeft = fy2025.offsetLeft + fy2025.offsetWidth - scroller.clientWidth;
    });
    await preview.taskpane.getByRole("heading", { name: "Import SEC data" }).evaluate((h) => h.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: resolve(SHOTS, "sec-import.png") });
    if (process.env.AIFLAG_UPDATE_README_SCREENSHOT === "1" || !existsSync(README_IMAGE)) {
      mkdirSync(resolve(README_IMAGE, ".."), { recursive: true });
      copyFileSync(resolve(SHOTS, "sec-import.png"), README_IMAGE);
    }

    await preview.openSheet("Inputs");
    cells = await preview.shownCells();
    expect(cells.get("A8")?.text).toBe("Revenue");
    expect(cells.get("S6")?.text).toBe("FY2025");
    expect(cells.get("S8")?.text).toBe("281,724");

    // The Flags sheet computes FCF conversion from those inputs, as the core does.
    await preview.openSheet("Flags");
    cells = await preview.shownCells();
    const fcf = flagRowShown(cells, "FCFCONV");
    // Cash flow from operations, capex and net income; finance-lease principal left out (its cell holds the default, 0).
    const status = invokeFunction(findFunction("FCFCONV")!, [136_162, 64_551, 101_832, null, "status"])[0][0];
    expect(cells.get(`${FLAG_COLUMNS.status}${fcf}`)?.text).toBe(status);
    expect(cells.get(`${FLAG_COLUMNS.period}${fcf}`)?.text).toBe("FY2025");
  });

  test("Quarters: the fixture picked, its quarters chosen, read and inserted: the sheets' columns are Microsoft's quarters", async () => {
    const name = "MSFT.companyfacts.json.gz";
    await preview.taskpane.getByLabel(FILE_LABEL).setInputFiles(fixturePath("MSFT"));
    const years = preview.taskpane.locator(`[data-file="${name}"][data-periods="fiscal years"]`);
    await years.waitFor();
    const yearsNormaliseMs = Number(await years.getAttribute("data-normalise-ms"));
    await preview.taskpane.getByText(QUARTERS_HINT).waitFor();
    await preview.taskpane.getByRole("radio", { name: "Quarters" }).check();
    const quarters = preview.taskpane.locator(`[data-file="${name}"][data-periods="quarters"]`);
    await quarters.getByText(/^Quarters Q1 FY2009 to Q2 FY2026 \(70\);/).waitFor();
    // Measured, not asserted: the worker's normalise step, the years alone and then years and quarters (a second read).
    console.log(
      `[aiflag e2e] SEC import of the 0.9 MB fixture, normalise step in the worker: fiscal years alone ${yearsNormaliseMs} ms; ` +
        `years and quarters ${await quarters.getAttribute("data-normalise-ms")} ms`,
    );
    expect(workers.filter((url) => url.endsWith("/secWorker.js"))).toHaveLength(1 + RUNS + 2);

    const before = await preview.sheetNames();
    const clicked = Date.now();
    await preview.taskpane.getByRole("button", { name: "Insert SEC data and red-flag model" }).click();
    await preview.taskpane.getByText(/^Added sheets SEC data \(2\), Inputs \(2\), Flags \(2\) and Checks \(2\); SEC data \(2\) is open\./).waitFor();
    console.log(`[aiflag e2e] SEC import with quarters inserted into the preview in ${Date.now() - clicked} ms (70 columns a sheet)`);
    expect(await preview.sheetNames()).toEqual([...before, "SEC data (2)", "Inputs (2)", "Flags (2)", "Checks (2)"]);

    // Microsoft's first quarter in XBRL, Q1 FY2009 (to 30 September 2008): revenue 15,061 ($M).
    await page.waitForFunction(() => document.querySelector('main [role="grid"]')?.getAttribute("aria-label") === "SEC data (2)");
    let cells = await preview.shownCells();
    expect(cells.get("B3")?.text).toBe("USD millions");
    expect(cells.get("C7")?.text).toBe("Q1 FY2009");
    expect(cells.get("A8")?.text).toBe("Quarter end");
    expect(cells.get("C9")?.text).toBe(Q1_FY2009_REVENUE);

    await openTab(preview, "Inputs (2)");
    cells = await preview.shownCells();
    expect([cells.get("A6")?.text, cells.get("B6")?.text, cells.get("C6")?.text]).toEqual(["Line item (money in USD millions)", "Q1 FY2009", "Q2 FY2009"]);
    expect(cells.get("B8")?.text).toBe(Q1_FY2009_REVENUE);

    // The gross-margin gap over every quarter; a return a year is not computed on quarters, and says so.
    await openTab(preview, "Flags (2)");
    cells = await preview.shownCells();
    expect(cells.get(`${FLAG_COLUMNS.period}${flagRowShown(cells, "GROSSMARGINGAP")}`)?.text).toBe("Q1 FY2009-Q2 FY2026");
    const roic = flagRowShown(cells, "ROIC");
    expect(cells.get(`${FLAG_COLUMNS.value}${roic}`)?.text).toBe(NOT_ON_QUARTERS);
    expect(cells.get(`${FLAG_COLUMNS.formula}${roic}`)?.text).toMatch(/^Not computed over quarters\. It is a return a year/);
    // The preview's engine and grid take their time over 70 columns a sheet on a shared machine (15 s to insert, seen).
  }, 240_000);

  test("no request left 127.0.0.1, and the console showed no error", async () => {
    await new Promise((done) => setTimeout(done, Math.max(0, opened + OFFICE_DELAYED_MS - Date.now())));
    expect(watch.external).toEqual([]);
    expect(watch.requests.filter((url) => !url.startsWith(`${server!.origin}/`))).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
