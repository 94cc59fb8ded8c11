/**
 * The taskpane as an analyst's tool, driven in the preview as a person would, in Debian's
 * headless Chromium (the production build plus the preview, served on 127.0.0.1), the pane at
 * Excel's 350 pixels:
 *
 *   (a) the formula builder in a card's Details: each argument taken from a selection on the
 *       grid, the value and status live, Insert writes references in the value's number format;
 *   (b) Analyse with assumptions: a book life typed in the pane computes the depreciation flags;
 *       "Write beside" writes the assumptions as blue input cells the formulas reference, and
 *       written again updates the table in place;
 *   (c) undo: "Remove what AIFLAG inserted" removes the last insertion, or refuses and says why
 *       when its cells were changed since;
 *   (d) odd selections: one cell, figures without labels, one period: a sentence first, no date
 *       made of a number, errors never counted as computed, a warning tone;
 *   (e) templates with options: the years of the figures, the depreciation schedule's warning when
 *       they are fewer than the book life, replacing the sheets AIFLAG inserted before instead of
 *       adding "(2)" copies; the Flags sheet's value and status next to each flag's name;
 *   (f) axe-core finds nothing in any of these states.
 * Screenshots go to test-results/screenshots/ (builder.png, analyse-assumptions.png); the README's
 * copies in docs/images/ are refreshed with AIFLAG_UPDATE_README_SCREENSHOT=1 (or when missing).
 * Skipped where no Chromium is installed, saying why.
 */
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { VALUE_KIND_FORMATS } from "../../src/core/format/valueKind";
import { embeddedCompany } from "../../src/sources/embedded";
import { findTemplate } from "../../src/templates/catalogue";
import { SHAPE_NOTICES } from "../../src/sources/selection";
import { REMOVE_LABEL } from "../../src/taskpane/components/LastInsertion";
import { BUILDER_HEADING } from "../../src/taskpane/components/FlagDetails";
import { skipBecause } from "../helpers/skip";
import { axeViolations, type Violation } from "./helpers/axe";
import { ROOT } from "./helpers/build";
import { CHROMIUM_MISSING, findChromium } from "./helpers/chromium";
import { PreviewDriver, rgb } from "./helpers/preview";
import { SHOTS, startSession, type Session } from "./helpers/session";
import { watchContext, type Watch } from "./helpers/watch";

jest.setTimeout(90_000);

const chromiumPath = findChromium();
if (!chromiumPath) skipBecause(CHROMIUM_MISSING);
const suite = chromiumPath ? describe : describe.skip;

/** Copies a screenshot to docs/images/ for the README, on request or when missing there. */
function forReadme(shot: string, name: string): void {
  const target = resolve(ROOT, "docs/images", name);
  if (process.env.AIFLAG_UPDATE_README_SCREENSHOT === "1" || !existsSync(target)) {
    mkdirSync(resolve(target, ".."), { recursive: true });
    copyFileSync(shot, target);
  }
}

suite("the taskpane as an analyst's tool, in the preview", () => {
  let session: Session | undefined;
  const watches: Watch[] = [];
  const axeLog: string[] = [];

  beforeAll(async () => {
    session = await startSession(chromiumPath as string, "aiflag-e2e-analyst-");
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    if (axeLog.length) console.log(`[aiflag e2e analyst] axe: ${axeLog.join("; ")}`);
  });

  async function openPreview(): Promise<{ page: Page; preview: PreviewDriver }> {
    if (!session) throw new Error("the browser or the server did not start");
    const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    watches.push(await watchContext(context, session.server.origin));
    const page = await context.newPage();
    await page.goto(`${session.server.origin}/preview.html`);
    const preview = new PreviewDriver(page);
    await preview.waitReady();
    return { page, preview };
  }

  async function axe(page: Page, state: string): Promise<Violation[]> {
    const found = await axeViolations(page);
    axeLog.push(`${state} ${found.length}`);
    return found;
  }

  /** What the formula bar shows for a cell. */
  async function formulaAt(preview: PreviewDriver, address: string): Promise<string> {
    await preview.cell(address).click();
    return preview.formulaBar.inputValue();
  }

  /** The status line right of a button. */
  const statusNear = (button: Locator) => button.locator("xpath=following-sibling::*[@role='status'][1]");

  test("(a) the builder: each argument from a selection, the result live, Insert writes references in the value's format", async () => {
    const { page, preview } = await openPreview();
    const card = preview.taskpane.locator("article#fcfconv");
    await card.getByRole("button", { name: "Details" }).click();
    await card.getByRole("heading", { level: 4, name: BUILDER_HEADING }).waitFor();
    for (const [name, cell] of [
      ["operating_cash_flow", "D10"],
      ["capex", "D11"],
      ["net_income", "D9"],
    ]) {
      await preview.cell(cell).click();
      await card.getByRole("button", { name: `Use selection for ${name}` }).click();
      await card.getByText(`Microsoft!${cell}, 1 row x 1 column`).waitFor();
    }
    const result = card.getByTestId("builder-result-FCFCONV");
    expect(await result.textContent()).toBe("FCF conversion (FCF / net income):0.70xWATCH");
    const formula = "=AIFLAG.FCFCONV(Microsoft!D10,Microsoft!D11,Microsoft!D9)";
    expect(await card.locator("code", { hasText: formula }).count()).toBe(1);
    const found: Record<string, Violation[]> = { builder: await axe(page, "builder") };
    // The picture: the builder from its heading, its fields, result and formula in view.
    await card.getByRole("heading", { level: 4, name: BUILDER_HEADING }).evaluate((el) => el.scrollIntoView({ block: "start" }));
    const shot = resolve(SHOTS, "builder.png");
    await page.screenshot({ path: shot });
    forReadme(shot, "builder.png");

    await preview.cell("F5").click();
    const insert = card.getByRole("button", { name: "Insert formula" });
    await insert.click();
    await card.getByText("Inserted into Microsoft!F5.").waitFor();
    expect(await formulaAt(preview, "F5")).toBe(formula);
    // In the value kind's number format: a multiple, as the pane shows it.
    expect((await preview.shownCells()).get("F5")?.text).toBe("0.70x");
    expect(VALUE_KIND_FORMATS.multiple.excel).toBe('0.00"x"');

    // A selection of three periods spills across, from the same builder.
    await preview.drag("B10", "D10");
    await card.getByRole("button", { name: "Use selection for operating_cash_flow" }).click();
    await card.getByText("Microsoft!B10:D10, 1 row x 3 columns").waitFor();
    expect(found).toEqual({ builder: [] });
  });

  test("(b) Analyse with assumptions: a typed book life computes DEPCLIFF; the assumptions are blue input cells the formulas read; written again, updated in place", async () => {
    const { page, preview } = await openPreview();
    await preview.drag("A4", "D12");
    await preview.taskpane.getByRole("tab", { name: "Analyse" }).click();
    await preview.taskpane.getByRole("button", { name: "Analyse selection" }).click();
    await preview.taskpane.getByText(/^Analysed: \d+ of \d+ flags computed\./).waitFor();
    expect(await preview.taskpane.getByRole("heading", { level: 4, name: "Depreciation cliff" }).count()).toBe(0);
    const bookLife = preview.taskpane.getByRole("textbox", { name: "Book useful life (book_life)" });
    expect(await bookLife.inputValue()).toBe("");
    await bookLife.fill("6");
    await preview.taskpane.getByRole("heading", { level: 4, name: "Depreciation cliff" }).waitFor();
    await preview.taskpane.getByText("Your assumption, used by DEPCLIFF, DEPGAP").waitFor();
    const found: Record<string, Violation[]> = { assumptions: await axe(page, "analyse with assumptions") };
    // The picture: the flags computed with the life typed, then the assumptions.
    await preview.taskpane.getByRole("heading", { level: 4, name: "Depreciation cliff" }).evaluate((el) => el.scrollIntoView({ block: "start" }));
    const shot = resolve(SHOTS, "analyse-assumptions.png");
    await page.screenshot({ path: shot });
    forReadme(shot, "analyse-assumptions.png");

    const write = preview.taskpane.getByRole("button", { name: "Write formulas beside the block" });
    await write.click();
    await preview.taskpane.getByText(/^Wrote \d+ formulas in Microsoft!F4:/).waitFor();
    const cells = await preview.shownCells();
    const rowOf = (text: string) => [...cells].find(([address, c]) => address.startsWith("F") && c.text === text)?.[0].slice(1);
    const cliff = rowOf("Depreciation cliff (DEPCLIFF)");
    const life = rowOf("Book useful life (book_life)");
    expect({ cliff, life }).toEqual({ cliff: expect.any(String), life: expect.any(String) });
    // The life is an input cell (blue), and the formula reads it: no number typed inside a formula.
    expect(cells.get(`G${life}`)).toMatchObject({ text: "6", color: rgb("#0000FF") });
    const depcliff = await formulaAt(preview, `G${cliff}`);
    expect(depcliff).toMatch(new RegExp(`^=AIFLAG\\.DEPCLIFF\\(\\$B\\$11:\\$D\\$11,\\$G\\$${life},\\$G\\$\\d+`));
    expect(depcliff.replace(/\$?[A-Z]{1,3}\$?\d+/g, "")).not.toMatch(/\d/);
    // Changing the input cell recomputes the flag.
    const before = (await preview.shownCells()).get(`G${cliff}`)?.text;
    await preview.type(`G${life}`, "5");
    expect((await preview.shownCells()).get(`G${cliff}`)?.text).not.toBe(before);
    await preview.type(`G${life}`, "6");

    // Written again for the same block: the same place, updated, not a second table.
    const filled = [...(await preview.shownCells())].filter(([, c]) => c.text !== "").length;
    await write.click();
    await preview.taskpane.getByText(/^Updated the \d+ formulas AIFLAG wrote beside this block, in place: Microsoft!F4:/).waitFor();
    expect([...(await preview.shownCells())].filter(([, c]) => c.text !== "").length).toBe(filled);
    found.written = await axe(page, "analyse written");
    expect(found).toEqual({ assumptions: [], written: [] });
  });

  test("(c) Remove what AIFLAG inserted: refused while its cells were changed, then removed; a template's sheets removed", async () => {
    const { page, preview } = await openPreview();
    await preview.drag("A4", "D12");
    await preview.taskpane.getByRole("tab", { name: "Analyse" }).click();
    await preview.taskpane.getByRole("button", { name: "Analyse selection" }).click();
    await preview.taskpane.getByRole("button", { name: "Write formulas beside the block" }).click();
    await preview.taskpane.getByText(/^Wrote \d+ formulas in Microsoft!F4:/).waitFor();
    const pane = preview.taskpane;
    await pane.getByText(/^Last inserted by AIFLAG: the formulas beside Microsoft!A4:D12 \(Microsoft!F4:I\d+\)\.$/).waitFor();

    const remove = pane.getByRole("button", { name: REMOVE_LABEL });
    await preview.type("F5", "my own label");
    await remove.click();
    await pane.getByText(/^Nothing was removed: Microsoft!F4:I\d+ was changed since AIFLAG wrote it/).waitFor();
    expect(await statusNear(remove).getAttribute("data-tone")).toBe("warning");
    await preview.cell("H2").click();
    await page.keyboard.press("Control+z");
    await remove.click();
    await pane.getByText(/^Removed the formulas beside Microsoft!A4:D12/).waitFor();
    const left = [...(await preview.shownCells())].filter(([address, c]) => /^[F-I]\d/.test(address) && c.text !== "" && Number(address.slice(1)) <= 12);
    expect(left).toEqual([]);

    await pane.getByRole("tab", { name: "Templates" }).click();
    await pane.getByRole("radio", { name: "Depreciation-cliff schedule" }).click();
    await pane.getByRole("button", { name: "Insert", exact: true }).click();
    await page.waitForFunction(() => document.querySelector('main [role="grid"]')?.getAttribute("aria-label") === "Depreciation cliff");
    expect(await preview.sheetNames()).toContain("Depreciation cliff");
    await remove.click();
    await pane.getByText(/^Removed the template /).waitFor();
    expect(await preview.sheetNames()).toEqual(["Microsoft"]);
  });

  test("(d) odd selections: a sentence first, no date made of a number, errors not counted, a warning tone", async () => {
    const { page, preview } = await openPreview();
    const pane = preview.taskpane;
    await pane.getByRole("tab", { name: "Analyse" }).click();
    const analyse = pane.getByRole("button", { name: "Analyse selection" });
    const status = statusNear(analyse);
    const found: Record<string, Violation[]> = {};

    await preview.cell("C6").click();
    await analyse.click();
    await pane.getByText(SHAPE_NOTICES.oneCell("Microsoft!C6"), { exact: true }).first().waitFor();
    expect(await status.getAttribute("data-tone")).toBe("warning");
    expect(await pane.getByRole("heading", { level: 3, name: /^Flags computed/ }).count()).toBe(0);
    found.oneCell = await axe(page, "one cell");

    // The figures without their labels: tens of thousands, in Excel's date-serial range.
    await preview.drag("B5", "D12");
    await analyse.click();
    await pane.getByText(SHAPE_NOTICES.noLabels, { exact: true }).first().waitFor();
    expect(await pane.textContent()).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2}\b/);
    expect(await status.getAttribute("data-tone")).toBe("warning");

    // One period: what it allows is computed; a trend's error is listed apart, not counted.
    await preview.drag("A4", "B12");
    await analyse.click();
    await pane.getByText(SHAPE_NOTICES.onePeriod("FY2023")).waitFor();
    const failed = pane.getByRole("heading", { level: 3, name: /^Could not compute \(\d+\)$/ });
    await failed.waitFor();
    expect(await failed.locator("xpath=ancestor::section[1]").textContent()).toMatch(/Gross-margin gap.*#VALUE!/);
    expect(await pane.getByRole("heading", { level: 4, name: "Gross-margin gap" }).count()).toBe(0);
    const computed = await pane.getByRole("heading", { level: 4 }).count();
    expect(await status.textContent()).toMatch(new RegExp(`^Analysed: ${computed} of \\d+ flags computed\\.`));
    expect(await status.getAttribute("data-tone")).toBe("warning");
    // The long list of what is missing starts closed.
    expect(await pane.getByRole("button", { name: /^Flags that need input/ }).getAttribute("aria-expanded")).toBe("false");
    found.onePeriod = await axe(page, "one period");
    expect(found).toEqual({ oneCell: [], onePeriod: [] });
  });

  test("(e) templates with options: years, the book-life warning, replacing instead of (2) copies; value and status first", async () => {
    const { page, preview } = await openPreview();
    const pane = preview.taskpane;
    await pane.getByRole("tab", { name: "Templates" }).click();
    await pane.getByRole("radio", { name: "Depreciation-cliff schedule" }).click();
    const years = pane.getByRole("combobox", { name: "Years" });
    // Every year of the sample at first (capex from FY2016): more than the book life, so no warning.
    expect(await years.inputValue()).toBe(String(embeddedCompany("MSFT")?.periods.length));
    expect(await pane.getByText(/years of capex is fewer than the book life/).count()).toBe(0);
    await years.selectOption("3");
    await pane.getByText(/^3 years of capex is fewer than the book life \(6 years\)/).waitFor();
    const found: Record<string, Violation[]> = { templates: await axe(page, "templates with options") };
    const insert = pane.getByRole("button", { name: "Insert", exact: true });
    await insert.click();
    await pane.getByText(/^Added sheet Depreciation cliff/).waitFor();
    await pane.getByRole("checkbox", { name: /^Replace the sheets AIFLAG inserted before/ }).check();
    await years.selectOption("2");
    await insert.click();
    await pane.getByText(/Replaced the sheets AIFLAG inserted before \(Depreciation cliff\)\.$/).waitFor();
    expect(await preview.sheetNames()).toEqual(["Microsoft", "Depreciation cliff"]);
    // Two years now: the first vintage is FY2024.
    expect((await preview.shownCells()).get("B7")?.text).toBe("FY2024");

    await pane.getByRole("radio", { name: "Red-flag model" }).click();
    await insert.click();
    await page.waitForFunction(() => document.querySelector('main [role="grid"]')?.getAttribute("aria-label") === "Flags");
    const cells = await preview.shownCells();
    const header = [...cells].find(([, c]) => c.text === "Flag")?.[0];
    const row = header?.slice(1);
    // The headers as the template writes them for Microsoft (the money words follow its scale).
    const flagsPlan = findTemplate("redflag")?.build("MSFT").sheets.find((s) => s.key === "flags");
    const planned = (ref: string) => flagsPlan?.cells.find((c) => c.ref === ref)?.value;
    expect(planned(`A${row}`)).toBe("Flag");
    expect([cells.get(`B${row}`)?.text, cells.get(`C${row}`)?.text]).toEqual([planned(`B${row}`), "Status"]);
    expect(cells.get(`B${row}`)?.text).toMatch(/^Value \(money in /);
    expect(found).toEqual({ templates: [] });
  });

  test("no request left 127.0.0.1 and the console showed no errors", () => {
    expect(watches.length).toBeGreaterThan(3);
    expect(watches.flatMap((w) => w.external)).toEqual([]);
    expect(watches.flatMap((w) => w.errors)).toEqual([]);
  });
});
