/**
 * The taskpane as a person meets it, in Debian's headless Chromium at Excel's default task-pane
 * width (350 pixels), against the production build plus the preview (built here into a folder of
 * this run's own, served on 127.0.0.1):
 *
 *   (a) first run: "Start here" and its three ways in; the preview says what it is in plain words;
 *   (b) help and search: help.html#id lands on that function, under a table of contents; search
 *       ranks, and suggests the nearest function;
 *   (c) accessibility: axe-core finds nothing on taskpane.html, help.html and preview.html in every
 *       state; one main landmark; the Tab key crosses the Functions panel in under 40 presses;
 *       status text at 5:1 or more in both themes; the dark theme fills the page to its edges;
 *   (d) the preview's grid: an ARIA grid naming its active cell, clicks on overflowing text, undo,
 *       the formula engine's messages in plain words;
 *   (e) loading: the Templates and Analyse panels arrive in their own chunks when first shown.
 *
 * Every request stays on 127.0.0.1 and the console stays clean (helpers/watch.ts). Screenshots go
 * to test-results/screenshots/. Skipped where no Chromium is installed, saying why.
 */
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { anchorOf } from "../../src/core/docs/reference";
import { REGISTRY } from "../../src/core/registry";
import { NOT_CONNECTED_MESSAGES } from "../../src/host/messages";
import { OFFICE_STATUS } from "../../src/preview/officeStatus";
import { UNREADABLE_FORMULA } from "../../src/preview/plainErrors";
import { SKIP_LINK_TEXT } from "../../src/taskpane/App";
import { START_ACTIONS } from "../../src/taskpane/components/StartHere";
import { skipBecause } from "../helpers/skip";
import { axeViolations, type Violation } from "./helpers/axe";
import { CHROMIUM_MISSING, findChromium } from "./helpers/chromium";
import { backgroundAt, luminance, textContrast } from "./helpers/contrast";
import { PreviewDriver } from "./helpers/preview";
import { SHOTS, startSession, type Session } from "./helpers/session";
import { watchContext, type Watch } from "./helpers/watch";

/** Excel's task pane, by default. */
const PANE = { width: 350, height: 900 };
const MIN_STATUS_CONTRAST = 5;

jest.setTimeout(60_000);

const chromiumPath = findChromium();
if (!chromiumPath) skipBecause(CHROMIUM_MISSING);
const suite = chromiumPath ? describe : describe.skip;

const last = REGISTRY[REGISTRY.length - 1];

suite("the taskpane in headless Chromium, at 350 pixels", () => {
  let session: Session | undefined;
  const watches: Watch[] = [];
  /** What axe found in each state, for the run's summary. */
  const axeLog: string[] = [];
  const figures: string[] = [];

  beforeAll(async () => {
    session = await startSession(chromiumPath as string, "aiflag-e2e-pane-");
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    if (figures.length) console.log(`[aiflag e2e pane] ${figures.join("; ")}`);
    if (axeLog.length) console.log(`[aiflag e2e pane] axe: ${axeLog.join("; ")}`);
  });

  async function open(path: string, options: { viewport?: { width: number; height: number }; dark?: boolean } = {}): Promise<Page> {
    if (!session) throw new Error("the browser or the server did not start");
    const { browser, server } = session;
    const context = await browser.newContext({ viewport: options.viewport ?? PANE, deviceScaleFactor: 1, colorScheme: options.dark ? "dark" : "light" });
    watches.push(await watchContext(context, server.origin));
    const page = await context.newPage();
    await page.goto(`${server.origin}/${path}`);
    return page;
  }

  /** Every card is on the page (the first few come in the first frame, the rest right after). */
  const allCards = (page: Page) => page.locator(`article#${anchorOf(last)}`).waitFor();

  async function openPreview(dark = false): Promise<{ page: Page; preview: PreviewDriver }> {
    const page = await open("preview.html", { viewport: { width: 1440, height: 900 } });
    const preview = new PreviewDriver(page);
    await preview.waitReady();
    if (dark) await page.getByRole("switch", { name: "Dark theme" }).check();
    return { page, preview };
  }

  /** axe's findings in this state, logged by name; the test expects none. */
  async function axe(page: Page, state: string): Promise<Violation[]> {
    const found = await axeViolations(page);
    axeLog.push(`${state} ${found.length}`);
    return found;
  }

  describe("(a) first run", () => {
    test("Start here offers three ways in; Insert a template opens the Templates tab with the focus there; the card does not come back", async () => {
      const page = await open("taskpane.html");
      const card = page.getByRole("region", { name: "Start here" });
      await card.waitFor();
      expect(await card.getByRole("button").allTextContents()).toEqual(START_ACTIONS.map((a) => a.label));
      await page.screenshot({ path: resolve(SHOTS, "taskpane-start.png") });
      await card.getByRole("button", { name: "Insert a template" }).click();
      await page.getByRole("radio", { name: "Red-flag model" }).waitFor();
      expect(await page.getByRole("tab", { name: "Templates" }).getAttribute("aria-selected")).toBe("true");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("tabpanel");
      expect(await card.count()).toBe(0);
      await page.reload();
      await allCards(page);
      expect(await page.getByRole("region", { name: "Start here" }).count()).toBe(0);
    });

    test("Analyse my model and Browse the flags go where they say", async () => {
      let page = await open("taskpane.html");
      await page.getByRole("button", { name: "Analyse my model" }).click();
      await page.getByRole("button", { name: "Analyse selection" }).waitFor();
      expect(await page.getByRole("tab", { name: "Analyse" }).getAttribute("aria-selected")).toBe("true");
      page = await open("taskpane.html");
      await page.getByRole("button", { name: "Browse the flags" }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("aiflag-functions");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("article")?.id)).toBe(anchorOf(REGISTRY[0]));
    });

    test("the preview says what it is in plain words: nothing about office.js", async () => {
      const { page } = await openPreview();
      expect(await page.getByTestId("office-status").textContent()).toBe(OFFICE_STATUS.outside);
      expect(await page.locator("body").innerText()).not.toMatch(/office\.js/i);
    });
  });

  describe("(b) help and search", () => {
    test("help.html#depcliff opens on that function, focused, below a table of contents of every function", async () => {
      const page = await open("help.html#depcliff", { viewport: { width: 800, height: 900 } });
      const card = page.locator("article#depcliff");
      await page.waitForFunction(() => document.activeElement?.id === "depcliff");
      const top = await card.evaluate((el) => el.getBoundingClientRect().top);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
      expect(Math.abs(top)).toBeLessThan(5);
      await page.screenshot({ path: resolve(SHOTS, "help-depcliff.png") });
      const contents = page.getByRole("navigation", { name: "Contents" });
      expect(await contents.getByRole("link").count()).toBe(REGISTRY.length);
      // The contents come first on the page; a link there goes to its card.
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await contents.evaluate((nav) => nav.getBoundingClientRect().top)).toBeLessThan(400);
      await contents.getByRole("link", { name: "Cash runway" }).click();
      await page.waitForFunction(() => Math.abs(document.getElementById("runway")?.getBoundingClientRect().top ?? 999) < 5);
      expect(new URL(page.url()).hash).toBe("#runway");
    });

    test("search ranks the id's function first, finds parameter names, and suggests the nearest function", async () => {
      const page = await open("taskpane.html");
      await allCards(page);
      const box = page.getByRole("searchbox", { name: "Search functions" });
      // Each card's Excel name, right under its title.
      const shown = () => page.locator("article h3 + code").allTextContents();
      await box.fill("capex");
      expect((await shown())[0]).toBe("AIFLAG.CAPEXCREEP");
      await box.fill("economic_life");
      expect((await shown()).sort()).toEqual(REGISTRY.filter((d) => d.params.some((p) => p.name === "economic_life")).map((d) => `AIFLAG.${d.id}`).sort());
      await box.fill("runaway");
      await page.getByText("No function matches “runaway”.").waitFor();
      await page.getByRole("button", { name: "Cash runway (AIFLAG.RUNWAY)" }).click();
      expect(await shown()).toEqual(["AIFLAG.RUNWAY"]);
    });
  });

  describe("(c) accessibility", () => {
    test("taskpane.html: no axe violation on the Functions tab, Templates, Analyse, a card open, and in the dark theme", async () => {
      const page = await open("taskpane.html");
      await allCards(page);
      const found: Record<string, Violation[]> = {};
      found.functions = await axe(page, "taskpane Functions");
      await page.getByRole("tab", { name: "Templates" }).click();
      await page.getByRole("radio", { name: "Red-flag model" }).waitFor();
      await page.getByRole("button", { name: /^Caveats/ }).click();
      found.templates = await axe(page, "taskpane Templates");
      await page.getByRole("tab", { name: "Analyse" }).click();
      await page.getByRole("button", { name: "Analyse selection" }).click();
      await page.getByRole("status").filter({ hasText: NOT_CONNECTED_MESSAGES.readSelection }).waitFor();
      found.analyse = await axe(page, "taskpane Analyse");
      await page.getByRole("tab", { name: "Functions" }).click();
      await page.getByRole("button", { name: "Details" }).first().click();
      found.cardOpen = await axe(page, "taskpane card open");
      const dark = await open("taskpane.html", { dark: true });
      await allCards(dark);
      await dark.getByRole("button", { name: "Details" }).first().click();
      found.dark = await axe(dark, "taskpane dark");
      await dark.screenshot({ path: resolve(SHOTS, "taskpane-dark.png") });
      expect(found).toEqual({ functions: [], templates: [], analyse: [], cardOpen: [], dark: [] });
    });

    test("help.html: no axe violation, light or dark", async () => {
      const light = await open("help.html#fcfconv", { viewport: { width: 800, height: 900 } });
      await light.waitForFunction(() => document.activeElement?.id === "fcfconv");
      const dark = await open("help.html", { viewport: { width: 800, height: 900 }, dark: true });
      await allCards(dark);
      expect({ light: await axe(light, "help light"), dark: await axe(dark, "help dark") }).toEqual({ light: [], dark: [] });
    });

    test("preview.html: no axe violation at the start, on Templates, with Analyse results, a card open, and dark", async () => {
      const { page, preview } = await openPreview();
      const found: Record<string, Violation[]> = {};
      found.start = await axe(page, "preview start");
      await preview.taskpane.getByRole("tab", { name: "Templates" }).click();
      await preview.taskpane.getByRole("radio", { name: "Red-flag model" }).waitFor();
      found.templates = await axe(page, "preview Templates");
      await preview.drag("A4", "D12");
      await preview.taskpane.getByRole("tab", { name: "Analyse" }).click();
      await preview.taskpane.getByRole("button", { name: "Analyse selection" }).click();
      await preview.taskpane.getByText(/^Analysed: \d+ of \d+ flags computed\./).waitFor();
      found.analysed = await axe(page, "preview Analyse results");
      await preview.taskpane.getByRole("tab", { name: "Functions" }).click();
      await preview.taskpane.getByRole("button", { name: "Details" }).first().click();
      found.cardOpen = await axe(page, "preview card open");
      await page.getByRole("switch", { name: "Dark theme" }).check();
      found.dark = await axe(page, "preview dark");
      await page.screenshot({ path: resolve(SHOTS, "preview-dark.png") });
      expect(found).toEqual({ start: [], templates: [], analysed: [], cardOpen: [], dark: [] });
    });

    test("one main landmark on each page", async () => {
      const pages = [await open("taskpane.html"), await open("help.html"), (await openPreview()).page];
      for (const page of pages) expect(await page.getByRole("main").count()).toBe(1);
    });

    // Each card holds two stops (its example's Insert and its Details): the budget grows with the
    // catalogue, plus the few stops above the cards (the skip link, the tabs, the search, Start here).
    const TAB_BUDGET = 2 * REGISTRY.length + 8;
    test(`the Functions panel takes fewer than ${TAB_BUDGET} presses of Tab (two a card and 8), with or without the skip link`, async () => {
      // The last stop of the panel: the last card's Details button.
      const lastStop = (page: Page) => page.evaluate((id) => document.activeElement === document.querySelector(`article#${id} > button[aria-expanded]`), anchorOf(last));
      const tabToEnd = async (page: Page, presses: number) => {
        for (let n = presses; n < 200; n++) {
          if (await lastStop(page)) return n;
          await page.keyboard.press("Tab");
        }
        throw new Error("Tab never reached the last card");
      };
      const straight = await open("taskpane.html");
      await allCards(straight);
      const withoutSkip = await tabToEnd(straight, 0);

      const skipping = await open("taskpane.html");
      await allCards(skipping);
      await skipping.keyboard.press("Tab");
      expect(await skipping.evaluate(() => document.activeElement?.textContent)).toBe(SKIP_LINK_TEXT);
      await skipping.keyboard.press("Enter");
      expect(await skipping.evaluate(() => document.activeElement?.id)).toBe("aiflag-functions");
      const withSkip = await tabToEnd(skipping, 1);
      figures.push(`Tab presses across the Functions panel: ${withoutSkip} from the top, ${withSkip} with the skip link (and Enter)`);
      expect(withoutSkip).toBeLessThan(TAB_BUDGET);
      expect(withSkip).toBeLessThan(TAB_BUDGET);
    });

    test("RED, WATCH and OK read at 5:1 or more, light and dark", async () => {
      const ratios: string[] = [];
      for (const dark of [false, true]) {
        const page = await open("help.html", { viewport: { width: 800, height: 900 }, dark });
        await allCards(page);
        for (const status of ["RED", "WATCH", "OK"]) {
          const badges = page.locator(`[data-status="${status}"]`);
          expect(await badges.count()).toBeGreaterThan(0);
          let lowest = Infinity;
          for (const badge of await badges.all()) lowest = Math.min(lowest, await textContrast(badge));
          ratios.push(`${status} ${dark ? "dark" : "light"} ${lowest.toFixed(2)}:1`);
          expect({ status, dark, atLeast: lowest >= MIN_STATUS_CONTRAST }).toEqual({ status, dark, atLeast: true });
        }
      }
      figures.push(`status contrast ${ratios.join(", ")}`);
    });

    test("the dark theme fills the pane to its edges: no light frame, dark scroll bars", async () => {
      const page = await open("taskpane.html", { dark: true });
      await allCards(page);
      // The page's own area, inside any scroll bar.
      const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }));
      const corners: Array<[number, number]> = [
        [0, 0],
        [width - 1, 0],
        [0, height - 1],
        [width - 1, height - 1],
      ];
      for (const atEnd of [false, true]) {
        if (atEnd) await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        for (const [x, y] of corners) expect({ x, y, atEnd, dark: luminance(await backgroundAt(page, x, y)) < 0.05 }).toEqual({ x, y, atEnd, dark: true });
      }
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("dark");
    });
  });

  describe("(d) the preview's grid", () => {
    test("an ARIA grid with the focus, naming its active cell as it moves", async () => {
      const { page, preview } = await openPreview();
      await preview.cell("B15").click();
      const active = () => page.evaluate(() => {
        const grid = document.activeElement;
        const id = grid?.getAttribute("aria-activedescendant");
        const cell = id ? document.getElementById(id) : null;
        return { role: grid?.getAttribute("role"), cell: cell?.getAttribute("data-address"), selected: cell?.getAttribute("aria-selected") };
      });
      expect(await active()).toEqual({ role: "grid", cell: "B15", selected: "true" });
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowRight");
      expect(await active()).toEqual({ role: "grid", cell: "C16", selected: "true" });
      expect(await preview.nameBox.inputValue()).toBe("C16");
    });

    test("a click on an empty cell under text running on from its left selects that cell, and typing fills it", async () => {
      const { page, preview } = await openPreview();
      // The sample's note in A2 runs on over B2 and beyond, which are empty.
      const note = await preview.cell("A2").locator("span").evaluate((span) => span.getBoundingClientRect().right);
      const b2 = await preview.cell("B2").boundingBox();
      if (!b2) throw new Error("B2 is not on screen");
      expect(note).toBeGreaterThan(b2.x + b2.width);
      const before = (await preview.shownCells()).get("A2")?.text;
      await page.mouse.click(b2.x + b2.width / 2, b2.y + b2.height / 2);
      expect(await preview.nameBox.inputValue()).toBe("B2");
      await page.keyboard.type("42");
      await page.keyboard.press("Enter");
      const cells = await preview.shownCells();
      expect({ a2: cells.get("A2")?.text, b2: cells.get("B2")?.text }).toEqual({ a2: before, b2: "42" });
    });

    test("Ctrl+Z undoes the last edit (a typed value, an overwrite, a Delete); Ctrl+Y redoes it", async () => {
      const { page, preview } = await openPreview();
      const text = async (address: string) => (await preview.shownCells()).get(address)?.text;
      const b5 = await text("B5");
      await preview.type("F30", "123");
      await preview.type("B5", "1");
      expect(await text("B5")).toBe("1");
      await preview.cell("H2").click();
      await page.keyboard.press("Control+z");
      expect(await text("B5")).toBe(b5);
      expect(await preview.nameBox.inputValue()).toBe("B5");
      await page.keyboard.press("Control+z");
      expect(await text("F30")).toBe("");
      await page.keyboard.press("Control+y");
      expect(await text("F30")).toBe("123");
      await preview.cell("F30").click();
      await page.keyboard.press("Delete");
      expect(await text("F30")).toBe("");
      await page.keyboard.press("Control+z");
      expect(await text("F30")).toBe("123");
    });

    test("the formula engine's messages come in plain words: an unreadable formula is refused, an unknown name explained", async () => {
      const { page, preview } = await openPreview();
      await preview.type("F31", "=SUM(1,");
      await preview.cellMessage.getByText(UNREADABLE_FORMULA, { exact: false }).waitFor();
      expect(await preview.formulaBar.inputValue()).toBe("=SUM(1,");
      await preview.formulaBar.press("Escape");
      expect((await preview.shownCells()).get("F31")?.text).toBe("");
      await preview.type("F32", "=NOSUCHFN(1)");
      await preview.cell("F32").click();
      expect(await preview.cellMessage.textContent()).toBe("#NAME? There is no function named NOSUCHFN here: check its spelling (the preview's engine knows most of Excel's functions, not all).");
      await preview.type("F33", "=AIFLAG.FCFCONV(1,2)");
      await preview.cell("F33").click();
      expect(await preview.cellMessage.textContent()).toBe("#N/A The function was given too many or too few arguments.");
      expect(await page.locator("body").innerText()).not.toMatch(/Parsing error|Expecting token|not recognized/);
    });
  });

  describe("(e) loading", () => {
    test("the Templates and Analyse panels and the formula builder are chunks of their own, loaded in the background once the pane is up, under the page's policy", async () => {
      const page = await open("taskpane.html");
      await allCards(page);
      // The add-in's scripts fetched so far, in order.
      const fetched = () =>
        page.evaluate(() =>
          performance
            .getEntriesByType("resource")
            .map((e) => e as PerformanceResourceTiming)
            .filter((e) => e.name.startsWith(`${location.origin}/`) && e.name.endsWith(".js"))
            .map((e) => `${new URL(e.name).pathname} ${e.initiatorType}`),
        );
      const ran = async () => (await fetched()).map((e) => e.split(" ")[0]);
      // The first render's two scripts come first; the panels' and the builder's chunks follow in
      // the background once the pane is up, before any click, so that the first click is quick.
      expect((await ran()).slice(0, 2)).toEqual(["/functions.js", "/taskpane.js"]);
      await page.waitForFunction(() => performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".js")).length >= 5);
      expect((await ran()).slice(2).sort()).toEqual(["/analyse.js", "/builder.js", "/templates.js"]);
      await page.getByRole("tab", { name: "Templates" }).click();
      await page.getByRole("radio", { name: "Red-flag model" }).waitFor();
      await page.getByRole("tab", { name: "Analyse" }).click();
      await page.getByRole("button", { name: "Analyse selection" }).waitFor();
      await page.getByRole("tab", { name: "Functions" }).click();
      await page.getByRole("button", { name: "Details" }).first().click();
      await page.getByRole("button", { name: /^Use selection for / }).first().waitFor();
      // Shown from what was loaded in the background: nothing fetched twice.
      expect((await ran()).sort()).toEqual(["/analyse.js", "/builder.js", "/functions.js", "/taskpane.js", "/templates.js"]);
    });
  });

  describe("hygiene", () => {
    test("no request left 127.0.0.1 and the console showed no errors", () => {
      expect(watches.length).toBeGreaterThan(5);
      expect(watches.flatMap((w) => w.external)).toEqual([]);
      expect(watches.flatMap((w) => w.errors)).toEqual([]);
    });
  });
});
