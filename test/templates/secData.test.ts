/**
 * The "SEC data" sheet on the real fixtures (Microsoft, 18 fiscal years; NVIDIA, 19): every figure
 * the reader found is in the grid in USD millions, marked when derived (*) or restated (r), and
 * reachable to its filing: the grid names the rows of its sources, and each sources row points
 * back at its grid cell and gives the tag, form, filing date, accession number and the figure as
 * filed. Restated figures keep what was first reported beside them; derived ones say how;
 * missing items and years are listed with the reason. Evaluated by the engine: no errors.
 */
import { abs, cell, parseCell } from "../../src/templates/cellRefs";
import type { Fact, Financials, SecProvenance } from "../../src/model/financials";
import { LINE_ITEM_IDS, LINE_ITEMS, type LineItemId } from "../../src/model/lineItems";
import type { CellPlan, SheetPlan } from "../../src/templates/plan";
import { buildSecDataSheet, GRID_HEADER_ROW, SEC_DATA_KEY, SOURCE_COLUMNS } from "../../src/templates/secData/sheet";
import { MISSING_PERIODS_WHY } from "../../src/templates/secData/gaps";
import { fixtureCompany } from "../sources/sec/fixtures";
import { errorCells, load } from "./helpers";

const msft = fixtureCompany("MSFT").annual;
const nvda = fixtureCompany("NVDA").annual;

function cellsOf(sheet: SheetPlan): Map<string, CellPlan> {
  return new Map(sheet.cells.map((c) => [c.ref, c]));
}

const yearRef = cell;
const M = 1_000_000;

describe.each([
  ["Microsoft", msft],
  ["NVIDIA", nvda],
])("%s", (_name, f: Financials) => {
  const { sheet, layout } = buildSecDataSheet(f);
  const cells = cellsOf(sheet);
  const at = (ref: string) => cells.get(ref);
  const held = LINE_ITEM_IDS.filter((id) => f.items[id]);

  test("units in the header and the title; years across as numbers shown FY; items down in the vocabulary's order", () => {
    expect(at("A3")?.value).toBe("Units");
    expect(at("B3")?.value).toBe("USD millions");
    expect(at(`A${GRID_HEADER_ROW}`)?.value).toBe("Line item (USD millions)");
    expect(String(at("A1")?.value)).toMatch(new RegExp(`^SEC data: ${f.company.name}, CIK 0*${f.company.cik}$`));
    f.periods.forEach((p, k) => {
      const head = at(yearRef(layout.firstYearCol + k, GRID_HEADER_ROW));
      expect(head).toMatchObject({ value: p.fiscalYear, numberFormat: '"FY"0', style: "header" });
    });
    const rows = held.map((id) => layout.itemRow[id]!);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(layout.years).toBe(f.periods.length);
    expect(layout.years).toBeGreaterThanOrEqual(15);
  });

  test("every figure is in its grid cell in millions, blue, marked * when derived and r when restated; missing ones blank", () => {
    let derived = 0;
    let restated = 0;
    for (const id of held) {
      f.items[id]!.values.forEach((fact, k) => {
        const c = at(yearRef(layout.firstYearCol + k, layout.itemRow[id]!))!;
        expect(c.style).toBe("input");
        if (!fact) {
          expect(c.value).toBeUndefined();
          return;
        }
        const p = fact.provenance as SecProvenance;
        expect(c.value).toBeCloseTo(fact.value / M, 9);
        const suffix = `${p.derived ? "*" : ""}${p.restated ? "r" : ""}`;
        expect(c.numberFormat).toBe(suffix ? `#,##0"${suffix}";(#,##0)"${suffix}"` : "#,##0;(#,##0)");
        if (p.derived) derived++;
        if (p.restated) restated++;
      });
    }
    // Both marks occur in real data: Microsoft's SG&A is a sum of two tags; both restated years.
    expect(derived + restated).toBeGreaterThan(0);
  });

  test("each figure reaches its filing: the grid names its sources rows, and each row points back at its cell", () => {
    const C = SOURCE_COLUMNS;
    let rows = 0;
    for (const id of held) {
      const facts = f.items[id]!.values.flatMap((fact, k) => (fact ? [{ fact, k }] : []));
      const first = layout.sourcesRowOf[id]!;
      const gridRow = layout.itemRow[id]!;
      const last = first + facts.length - 1;
      expect(at(yearRef(layout.firstYearCol + layout.years, gridRow))?.value).toBe(first === last ? `row ${first}` : `rows ${first}-${last}`);
      facts.forEach(({ fact, k }, j) => {
        const row = first + j;
        const p = fact.provenance as SecProvenance;
        const gridCell = yearRef(layout.firstYearCol + k, gridRow);
        expect(at(`${C.item}${row}`)?.value).toBe(LINE_ITEMS[id].label.charAt(0).toUpperCase() + LINE_ITEMS[id].label.slice(1));
        expect(at(`${C.year}${row}`)?.value).toBe(f.periods[k].label);
        expect(at(`${C.shown}${row}`)?.formula).toBe(`=${abs(gridCell)}`);
        expect(at(`${C.tag}${row}`)?.value).toBe(p.tag);
        expect(at(`${C.asFiled}${row}`)?.value).toBe(fact.value);
        expect(at(`${C.form}${row}`)?.value).toBe(p.form);
        expect(at(`${C.filed}${row}`)?.value).toBe(p.filed);
        expect(at(`${C.accn}${row}`)?.value).toBe(p.accn);
        rows++;
      });
    }
    expect(layout.sourcesRows.last - layout.sourcesRows.first + 1).toBe(rows);
    expect(String(at("A5")?.value)).toContain(`rows ${layout.sourcesRows.first}-${layout.sourcesRows.last}`);
  });

  test("restated figures keep what was first reported beside them; derived ones say how; re-rounded ones say so", () => {
    const C = SOURCE_COLUMNS;
    const rowOf = new Map<Fact, number>();
    for (const id of held) f.items[id]!.values.filter((x): x is Fact => x !== null).forEach((fact, j) => rowOf.set(fact, layout.sourcesRowOf[id]! + j));
    let checked = 0;
    for (const [fact, row] of rowOf) {
      const p = fact.provenance as SecProvenance;
      const note = String(at(`${C.note}${row}`)?.value ?? "");
      if (p.restated) {
        expect(at(`${C.firstReported}${row}`)).toMatchObject({ value: p.restated.original / M, style: "input" });
        expect(note).toContain(`first reported as ${p.restated.original.toLocaleString("en-US")} USD in the ${p.restated.form} filed ${p.restated.filed}, accession ${p.restated.accn}`);
        checked++;
      } else expect(at(`${C.firstReported}${row}`)).toBeUndefined();
      if (p.derived) expect(note).toContain(`Derived: ${p.derived}`);
      if (p.rounded) expect(note).toContain(`gives ${p.rounded.value.toLocaleString("en-US")} USD`);
      if (!p.restated && !p.derived && !p.rounded) expect(note).toBe("");
    }
    expect(checked).toBeGreaterThan(0);
  });

  test("missing items and years are listed with the reason", () => {
    const rows = sheet.cells.filter((c) => parseCell(c.ref).row > layout.missingHeaderRow && c.ref.startsWith("A"));
    const listed = new Map<string, { periods: unknown; why: unknown }>();
    for (const c of rows) {
      const row = parseCell(c.ref).row;
      if (c.value === "Notes and caveats") break;
      listed.set(String(c.value), { periods: at(`B${row}`)?.value, why: at(`C${row}`)?.value });
    }
    for (const [id, why] of Object.entries(f.gaps) as Array<[LineItemId, string]>) {
      if (f.items[id]) continue;
      const label = LINE_ITEMS[id].label.charAt(0).toUpperCase() + LINE_ITEMS[id].label.slice(1);
      expect(listed.get(label)).toEqual({ periods: "all periods", why });
    }
    for (const id of held) {
      if (f.items[id]!.values.every((v) => v !== null)) continue;
      const label = LINE_ITEMS[id].label.charAt(0).toUpperCase() + LINE_ITEMS[id].label.slice(1);
      expect(listed.get(label)).toEqual({ periods: expect.stringMatching(/^FY\d{4}/), why: MISSING_PERIODS_WHY });
    }
  });

  test("the engine evaluates it without an error, and each sources row shows its grid figure", () => {
    const loaded = load({ title: "t", sheets: [sheet], names: [], activate: SEC_DATA_KEY });
    expect(errorCells(loaded)).toEqual([]);
    const row = layout.sourcesRowOf.revenue!;
    expect(loaded.value(SEC_DATA_KEY, `${SOURCE_COLUMNS.shown}${row}`)).toBe(at(yearRef(layout.firstYearCol, layout.itemRow.revenue!))?.value);
  });
});

test("Microsoft FY2025 revenue is 281,724 ($M); its FY2017 net income was restated from 21,204; NVIDIA lacks capex FY2013-FY2021", () => {
  const { sheet, layout } = buildSecDataSheet(msft);
  const cells = cellsOf(sheet);
  const col = (f: Financials, label: string) => layout.firstYearCol + f.periods.findIndex((p) => p.label === label);
  expect(cells.get(yearRef(col(msft, "FY2025"), layout.itemRow.revenue!))?.value).toBe(281_724);
  const income = cells.get(yearRef(col(msft, "FY2017"), layout.itemRow.net_income!));
  expect(income).toMatchObject({ value: 25_489, numberFormat: '#,##0"r";(#,##0)"r"' });
  const n = buildSecDataSheet(nvda);
  const missing = n.sheet.cells.find((c) => c.value === "Capital expenditure" && parseCell(c.ref).row > n.layout.missingHeaderRow)!;
  expect(n.sheet.cells.find((c) => c.ref === `B${parseCell(missing.ref).row}`)?.value).toMatch(/FY2013 to FY2021/);
});

test("as first reported, a restated figure says a later filing changed it, and no first-reported figure is repeated beside it", () => {
  const first = fixtureCompany("MSFT", "as-first-reported").annual;
  const { sheet, layout } = buildSecDataSheet(first);
  const cells = cellsOf(sheet);
  const k = first.periods.findIndex((p) => p.label === "FY2017");
  const fact = first.items.net_income!.values[k]!;
  expect(fact.value).toBe(21_204 * M);
  const row = layout.sourcesRowOf.net_income! + first.items.net_income!.values.slice(0, k).filter((v) => v !== null).length;
  expect(cells.get(`${SOURCE_COLUMNS.note}${row}`)?.value).toBe("Restated: a later filing changed this figure; this is the one first reported.");
  expect(cells.get(`${SOURCE_COLUMNS.firstReported}${row}`)).toBeUndefined();
});
