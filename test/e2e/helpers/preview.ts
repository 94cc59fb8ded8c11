/**
 * Driving the preview page as a person would: click a cell, type, press Enter; switch sheets by
 * their tabs; read what the grid shows. Cells are found by their `data-address`.
 */
import type { Locator, Page } from "playwright-core";
import { OFFICE_STATUS } from "../../../src/preview/officeStatus";

export interface ShownCell {
  /** The cell's own text (a chart placeholder anchored there is not part of it). */
  text: string;
  /** The tooltip: an error's code and reason, or a long text. */
  title: string;
  background: string;
  color: string;
}

export class PreviewDriver {
  constructor(readonly page: Page) {}

  get workbook(): Locator {
    return this.page.getByRole("main", { name: "Workbook" });
  }

  get taskpane(): Locator {
    return this.page.getByRole("complementary", { name: "AIFLAG taskpane" });
  }

  get formulaBar(): Locator {
    return this.page.getByRole("textbox", { name: "Formula bar" });
  }

  get cellMessage(): Locator {
    return this.page.locator("#preview-cell-message");
  }

  cell(address: string): Locator {
    return this.workbook.locator(`[data-address="${address}"]`);
  }

  get grid(): Locator {
    return this.workbook.getByRole("grid");
  }

  get nameBox(): Locator {
    return this.page.getByRole("textbox", { name: "Name box" });
  }

  /** The sample sheet is on screen, and office.js has answered (or was given up on). */
  async waitReady(): Promise<void> {
    await this.cell("B15").waitFor();
    const answered: string[] = [OFFICE_STATUS.outside, OFFICE_STATUS.notLoaded, OFFICE_STATUS.silent];
    await this.page.waitForFunction((texts) => texts.includes(document.querySelector('[data-testid="office-status"]')?.textContent ?? ""), answered);
  }

  /** Clicks the cell and types the entry on the grid (the formula bar takes over), then Enter. */
  async type(address: string, entry: string): Promise<void> {
    await this.cell(address).click();
    await this.page.keyboard.type(entry);
    await this.page.keyboard.press("Enter");
  }

  /** Clicks the cell, then writes the entry in the formula bar, then Enter. */
  async typeInFormulaBar(address: string, entry: string): Promise<void> {
    await this.cell(address).click();
    await this.formulaBar.fill(entry);
    await this.formulaBar.press("Enter");
  }

  /** The sheet tabs, in order. */
  async sheetNames(): Promise<string[]> {
    // Fluent's Tab repeats its label (a hidden bold copy reserves the width): read the sheet name the tab carries.
    return this.workbook.getByRole("tablist", { name: "Sheets" }).getByRole("tab").evaluateAll((tabs) => tabs.map((t) => t.getAttribute("data-sheet") ?? ""));
  }

  /** Selects a block by dragging from one corner to the other, as a person would. */
  async drag(from: string, to: string): Promise<void> {
    const a = await this.cell(from).boundingBox();
    const b = await this.cell(to).boundingBox();
    if (!a || !b) throw new Error(`cannot see ${from} or ${to}`);
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  async openSheet(name: string): Promise<void> {
    await this.workbook.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true }).click();
    await this.page.waitForFunction((n) => document.querySelector('main [role="grid"]')?.getAttribute("aria-label") === n, name);
  }

  /** Every cell the grid shows on the active sheet, by address, in one round trip. */
  async shownCells(): Promise<Map<string, ShownCell>> {
    const rows = await this.page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>("main [data-address]")).map((td) => {
        // The cell's text is its first child (a span); a chart placeholder anchored there comes after it, in a div.
        const first = td.firstElementChild;
        const style = getComputedStyle(td);
        return [
          td.dataset.address ?? "",
          { text: first?.tagName === "SPAN" ? (first.textContent ?? "") : "", title: td.title, background: style.backgroundColor, color: style.color },
        ] as const;
      }),
    );
    return new Map(rows);
  }
}

/** "#9C0006" -> "rgb(156, 0, 6)", as getComputedStyle reports colours. */
export function rgb(hex: string): string {
  const n = parseInt(hex.replace("#", ""), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
