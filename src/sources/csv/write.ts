/**
 * `Financials` as the report's CSV, so that `aiflag report file.csv` reads it back:
 *
 *   company,fiscal_year,revenue,cost_of_revenue,...
 *   MICROSOFT CORPORATION,2025,281724,87831,...
 *
 * One row per company and fiscal year; the columns are the line-item ids (`src/model/lineItems.ts`)
 * that any of the companies has, in the vocabulary's order. Money is written in millions of the
 * figures' currency (the report's convention; a CSV has no place for a currency), converted from
 * `Financials.units.scale`; shares and rates as they are. An empty cell is a missing figure: never 0.
 * Pure: returns text.
 */
import type { Financials } from "../../model/financials";
import { LINE_ITEM_IDS, LINE_ITEMS, type LineItemId } from "../../model/lineItems";

export const CSV_MONEY_SCALE = 1e6;

/** RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled. */
function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A plain number, no grouping or exponent, at most six decimals (a dollar, in millions). */
function plain(x: number): string {
  const fixed = x.toFixed(6).replace(/\.?0+$/, "");
  return fixed === "-0" ? "0" : fixed;
}

export function financialsToCsv(companies: readonly Financials[]): string {
  for (const f of companies) {
    const other = f.periods.find((p) => p.kind !== "annual" || p.fiscalYear === undefined);
    if (other) throw new Error(`the report's CSV holds fiscal years, one row each; ${f.company.name}'s "${other.label}" is not one`);
    if (f.units.scale === undefined && Object.keys(f.items).some((id) => LINE_ITEMS[id as LineItemId].unit === "money")) {
      throw new Error(`${f.company.name}: the figures' scale is not known, so they cannot be written in millions`);
    }
  }
  const columns = LINE_ITEM_IDS.filter((id) => companies.some((f) => f.items[id] !== undefined));
  const lines = [["company", "fiscal_year", ...columns].join(",")];
  for (const f of companies) {
    const scale = f.units.scale ?? 1;
    f.periods.forEach((period, k) => {
      const values = columns.map((id) => {
        const fact = f.items[id]?.values[k];
        if (!fact) return "";
        return plain(LINE_ITEMS[id].unit === "money" ? (fact.value * scale) / CSV_MONEY_SCALE : fact.value);
      });
      lines.push([cell(f.company.name), String(period.fiscalYear), ...values].join(","));
    });
  }
  return lines.join("\n") + "\n";
}
