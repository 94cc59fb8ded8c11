/**
 * Analyst conventions every template plan keeps, for every fill and for companies of any source
 * (ten fiscal years, US dollars as filed; SEC's companyfacts over every year they hold): no hard-coded numbers in
 * formulas (only 0 and 1, as in "> 0" or "age + 1"), inputs in the input styles, every sheet
 * citing its source with a units cell and its caveats, valid names, charts and formats on the
 * sheet, and sheet names Excel accepts.
 */
import { restated, stretch } from "../../bench/lib/financials";
import { parseCell } from "../../src/templates/cellRefs";
import { TEMPLATES } from "../../src/templates/catalogue";
import type { WorkbookPlan } from "../../src/templates/plan";
import { MAX_SHEET_NAME, resolvePlan } from "../../src/templates/resolve";
import { buildSecImport } from "../../src/templates/secImport";
import { fixtureCompany } from "../sources/sec/fixtures";
import { SAMPLES, tickerOf } from "./companies";
import { STATUS_FORMATS } from "../../src/templates/styles";
import { contrastRatio, type Rgba } from "../e2e/helpers/contrast";

const fills: Array<[string, WorkbookPlan]> = TEMPLATES.flatMap((t) => t.fills.map((fill): [string, WorkbookPlan] => [`${t.id} ${fill}`, t.build(fill)]));
/** Companies from elsewhere: Microsoft over ten fiscal years, Amazon in US dollars as filed. */
const elsewhere = [stretch(SAMPLES[0], 10), restated(SAMPLES[2], 1)];
const fromAnySource: Array<[string, WorkbookPlan]> = TEMPLATES.flatMap((t) =>
  t.takes === "many" ? [[`${t.id} from elsewhere`, t.buildFrom(elsewhere)]] : elsewhere.map((f, i): [string, WorkbookPlan] => [`${t.id} from elsewhere ${i + 1}`, t.buildFrom([f])]),
);
/** What "Import SEC data" inserts: the SEC data sheet and the red-flag model, over every year SEC holds. */
const secImports: Array<[string, WorkbookPlan]> = (["MSFT", "NVDA"] as const).map((t) => [`SEC import ${t}`, buildSecImport(fixtureCompany(t).annual)]);
const plans = [...fills, ...fromAnySource, ...secImports];

/** Numbers written into a formula, ignoring text, sheet names and cell addresses. */
function numericLiterals(formula: string): string[] {
  const bare = formula
    .slice(1)
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/'(?:[^']|'')*'!/g, "S!")
    .replace(/\{\{sheet:[^}]+\}\}!/g, "S!")
    .replace(/\$?[A-Z]{1,3}\$?\d+/g, "REF");
  return bare.match(/(?<![A-Za-z_.\d])\d+(?:\.\d+)?/g) ?? [];
}

test("the literal scanner sees numbers and ignores addresses and text", () => {
  expect(numericLiterals('=IF(D8>0,"needs 2 inputs",AIFLAG.X({{sheet:inputs}}!$B$8,0.3))')).toEqual(["0", "0.3"]);
  expect(numericLiterals("='Inputs (2)'!B6*1.5")).toEqual(["1.5"]);
});

test("every template builds for every fill", () => {
  expect(fills.map(([label]) => label)).toEqual([
    "redflag blank",
    ...SAMPLES.map((c) => `redflag ${tickerOf(c)}`),
    "depreciation blank",
    ...SAMPLES.map((c) => `depreciation ${tickerOf(c)}`),
    "comparison blank",
    "comparison sample",
  ]);
});

describe.each(plans)("%s", (_label, plan) => {
  const cells = plan.sheets.flatMap((s) => s.cells.map((c) => ({ sheet: s, c })));

  test("formulas hold no hard-coded numbers (0 and 1 only)", () => {
    const offending = cells.flatMap(({ sheet, c }) =>
      c.formula ? numericLiterals(c.formula).filter((n) => n !== "0" && n !== "1").map((n) => `${sheet.key}!${c.ref}: ${n} in ${c.formula}`) : [],
    );
    expect(offending).toEqual([]);
  });

  test("numbers typed as constants are inputs (blue) or headers", () => {
    const offending = cells.filter(({ c }) => typeof c.value === "number" && !["input", "estimate", "header"].includes(c.style ?? ""));
    expect(offending.map(({ sheet, c }) => `${sheet.key}!${c.ref}`)).toEqual([]);
  });

  test("no cell holds both a value and a formula", () => {
    expect(cells.filter(({ c }) => c.value !== undefined && c.formula !== undefined)).toEqual([]);
  });

  test("every sheet has a title, cites its source, has a units cell and keeps the caveats", () => {
    for (const sheet of plan.sheets) {
      const at = (ref: string) => sheet.cells.find((c) => c.ref === ref);
      expect(at("A1")?.style).toBe("title");
      expect(String(at("A2")?.value)).toMatch(/^Sources?:/);
      expect(at("A3")?.value).toBe("Units");
      expect(at("B3")?.value).toBe("USD millions");
      const notes = sheet.cells.find((c) => c.value === "Notes and caveats");
      expect(notes).toBeDefined();
      const below = sheet.cells.filter((c) => c.ref === `A${parseCell(notes!.ref).row + 1}`);
      expect(below).toHaveLength(1);
    }
  });

  test("status formats cover status cells; charts read ranges of their sheet", () => {
    for (const sheet of plan.sheets) {
      const refs = new Map(sheet.cells.map((c) => [c.ref, c]));
      for (const f of sheet.statusFormats ?? []) {
        const [from, to = from] = f.range.split(":").map(parseCell);
        for (let r = from.row; r <= to.row; r++) {
          for (let col = from.col; col <= to.col; col++) {
            const cell = [...refs.values()].find((c) => parseCell(c.ref).row === r && parseCell(c.ref).col === col);
            expect(cell?.style).toBe("status");
          }
        }
      }
      for (const chart of sheet.charts ?? []) {
        const [from, to] = chart.dataRange.split(":").map(parseCell);
        expect(to.row).toBeGreaterThan(from.row);
        expect(to.col).toBeGreaterThan(from.col);
        parseCell(chart.anchor);
      }
    }
  });

  test("names are valid Excel names, unique, on a sheet of the plan", () => {
    const seen = new Set<string>();
    for (const n of plan.names) {
      expect(n.name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
      expect(n.name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
      expect(seen.has(`${n.sheetKey}!${n.name.toLowerCase()}`)).toBe(false);
      seen.add(`${n.sheetKey}!${n.name.toLowerCase()}`);
      expect(plan.sheets.some((s) => s.key === n.sheetKey)).toBe(true);
      n.range.split(":").forEach(parseCell);
    }
  });

  test("sheet names fit Excel, and the activated sheet exists", () => {
    const resolved = resolvePlan(plan, []);
    for (const s of resolved.sheets) expect(s.name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(plan.sheets.some((s) => s.key === plan.activate)).toBe(true);
  });
});

test("every status colour in a template cell reads at 5:1 or more on its fill (WCAG contrast)", () => {
  const rgb = (hex: string): Rgba => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(1) as Rgba;
  for (const [status, { fontColor, fill }] of Object.entries(STATUS_FORMATS)) {
    expect({ status, ok: contrastRatio(rgb(fontColor), rgb(fill)) >= 5 }).toEqual({ status, ok: true });
  }
});
