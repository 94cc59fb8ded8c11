/**
 * A company's line items as a terminal table: items down, periods across, money in millions of
 * the filing currency with the unit in the header. A derived figure ends in "*", a restated one
 * in "r"; a missing one is "-". Pure: returns text.
 */
import { formatAmount } from "../../core/format/numbers";
import type { Financials, SecProvenance } from "../../model/financials";
import { LINE_ITEMS, type LineItemId } from "../../model/lineItems";
import type { SecCompany } from "../../sources/sec";

const KIND_WORDS = { annual: "Fiscal years", quarterly: "Quarters", ttm: "Trailing twelve months, at each quarter" } as const;

function cell(f: Financials, id: LineItemId, k: number): string {
  const fact = f.items[id]?.values[k];
  if (!fact) return "-";
  const p = fact.provenance as SecProvenance;
  const scale = f.units.scale ?? 1;
  return `${formatAmount((fact.value * scale) / 1e6)}${p.derived ? "*" : ""}${p.restated ? "r" : ""}`;
}

export function secTable(company: SecCompany, view: keyof typeof KIND_WORDS, last: number): string {
  const f = view === "annual" ? company.annual : view === "quarterly" ? company.quarterly : company.ttm;
  const first = Math.max(0, f.periods.length - last);
  const shown = f.periods.slice(first).map((_, i) => first + i);
  const currency = f.units.currency;
  const { name, cik, fiscalYearEnd } = company.company;
  const lines = [
    `${name} (CIK ${cik}), fiscal year ending ${fiscalYearEnd}`,
    `${KIND_WORDS[view]}, ${currency} millions, ${company.basis === "as-restated" ? "as restated" : "as first reported"}; SEC EDGAR companyfacts (10-K and 10-Q)`,
    "",
  ];
  if (shown.length === 0) return lines.concat([`No periods of this kind: the figures AIFLAG reads are not filed for them (quarters need 10-Q figures).`, ""]).join("\n");

  const ids = (Object.keys(LINE_ITEMS) as LineItemId[]).filter((id) => f.items[id] !== undefined);
  const head = [`Line item (${currency} millions)`, ...shown.map((k) => f.periods[k].label)];
  const rows = ids.map((id) => [LINE_ITEMS[id].label, ...shown.map((k) => cell(f, id, k))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
  lines.push(line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), "");
  lines.push("* derived (a quarter from year-to-date figures, a sum of two lines, a TTM); r restated by a later filing; - no figure.");
  lines.push("--json shows every figure's tag, filing and derivation.");
  const notCarried = Object.entries(f.gaps).filter(([, why]) => why.startsWith("not in SEC"));
  const notForThese = Object.entries(f.gaps).filter(([, why]) => !why.startsWith("not in SEC"));
  const labels = (entries: Array<[string, string | undefined]>) => entries.map(([id]) => LINE_ITEMS[id as LineItemId].label).join(", ");
  if (notCarried.length > 0) lines.push(`Not in SEC's standard-taxonomy data (a company tag, or not reported): ${labels(notCarried)}.`);
  if (notForThese.length > 0) lines.push(`Filed, but not for these periods: ${labels(notForThese)}.`);
  return lines.join("\n") + "\n";
}
