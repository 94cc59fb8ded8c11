/**
 * The workbook `aiflag report --xlsx` writes, read as Excel reads it: the XML of its parts.
 * What Excel does with each is documented, not observed (no Excel runs here); each test names
 * the documentation it holds the file to.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CellType } from "hyperformula";
import { FUTURE_FUNCTIONS } from "../../src/cli/output/excelFunctions";
import { functionNames } from "../../src/cli/output/fileFormula";
import { planWorkbookBytes } from "../../src/cli/output/xlsx";
import { CALC_FEATURES, CALC_ID } from "../../src/cli/output/xlsxPackage";
import { readParts, type Parts } from "../../src/cli/output/zip";
import { loadPlan } from "../../src/engine/loadPlan";
import { EMBEDDED } from "../../src/sources/embedded";
import { parseCell } from "../../src/templates/a1";
import { buildHyperscalerComparison } from "../../src/templates/hyperscalerComparison";
import type { WorkbookPlan } from "../../src/templates/plan";
import { buildRedFlagModel } from "../../src/templates/redFlagModel";
import { resolvePlan } from "../../src/templates/resolve";
import { STATUS_FORMATS } from "../../src/templates/styles";
import { STATUSES, type Status } from "../../src/core/framework/status";
import { descendants, parseXml, select, type XmlElement } from "../manifest/manifestXml";
import { runCli } from "./helpers";

let parts: Parts;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "aiflag-xlsx-file-"));
  const { code } = await runCli(["report", "--xlsx", "msft.xlsx", "--company", "Microsoft"], dir);
  expect(code).toBe(0);
  parts = await readParts(readFileSync(join(dir, "msft.xlsx")));
}, 30000);

const xml = (p: Parts, name: string): XmlElement => {
  const part = p.get(name);
  if (!part) throw new Error(`the package has no ${name}; it has ${[...p.keys()].join(", ")}`);
  return parseXml(part.toString("utf8"));
};
const sheetsOf = (p: Parts) => [...p.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => xml(p, n));

/** Every formula cell of a package: the cell, its <f> and the functions the stored text names. */
function formulaCells(p: Parts): Array<{ cell: XmlElement; f: XmlElement; names: string[] }> {
  return sheetsOf(p).flatMap((sheet) =>
    descendants(sheet)
      .filter((c) => c.name === "c")
      .flatMap((cell) => cell.children.filter((f) => f.name === "f").map((f) => ({ cell, f, names: functionNames(f.text) }))),
  );
}

describe("functions newer than Excel 2007 carry their _xlfn. prefix", () => {
  // Microsoft Support, "Issue: An _xlfn. prefix is displayed in front of a formula"; [MS-XLSX] 2.2.3.
  const future = [...FUTURE_FUNCTIONS.keys()];
  const bare = (names: string[]) => names.filter((n) => future.includes(n.toUpperCase()) && FUTURE_FUNCTIONS.get(n.toUpperCase())!.stored !== n);

  test("the red-flag model: FORMULATEXT is stored as _xlfn.FORMULATEXT, nothing newer is bare", () => {
    const cells = formulaCells(parts);
    expect(cells.filter((c) => c.names.includes("_xlfn.FORMULATEXT")).length).toBeGreaterThan(10);
    expect(cells.flatMap((c) => bare(c.names))).toEqual([]);
  });

  test("the comparison template written the same way stores _xlfn.RRI", async () => {
    const comparison = await readParts(await planWorkbookBytes(resolvePlan(buildHyperscalerComparison(EMBEDDED), [])));
    const cells = formulaCells(comparison);
    expect(cells.filter((c) => c.names.includes("_xlfn.RRI")).length).toBeGreaterThan(0);
    expect(cells.flatMap((c) => bare(c.names))).toEqual([]);
  }, 30000);
});

test("the file names current Excel's calculation engine, so Excel keeps the cached values on opening", () => {
  // [MS-XLS] 2.4.215 RecalcId / ECMA-376 Part 1, 18.2.2 calcPr: a lower calcId than Excel's own makes
  // it recalculate every formula on load; [MS-XLSX] 2.4.82 calcFeatures: so does a missing feature.
  const workbook = xml(parts, "xl/workbook.xml");
  const [calcPr] = select(workbook, "calcPr");
  expect(calcPr.attrs).toEqual({ calcId: String(CALC_ID) });
  expect(CALC_ID).toBe(191029);
  const features = select(workbook, "extLst/ext/calcFeatures/feature").map((f) => f.attrs.name);
  expect(features).toEqual([...CALC_FEATURES]);
  expect(features).toHaveLength(7);
  // extLst closes the workbook element, as its schema orders it.
  expect(workbook.children.at(-1)!.name).toBe("extLst");
});

test("RED / WATCH / OK fills are in the differential formats' bgColor, which Excel paints", () => {
  const styles = xml(parts, "xl/styles.xml");
  const dxfs = select(styles, "dxfs/dxf");
  const flags = sheetsOf(parts).find((s) => select(s, "conditionalFormatting").length > 0)!;
  // One block per status range: the flags table and the economic-life sensitivity.
  const blocks = select(flags, "conditionalFormatting");
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) {
    expect(select(block, "cfRule").map((r) => [r.attrs.type, r.attrs.operator, select(r, "formula")[0].text])).toEqual(
      STATUSES.map((s) => ["cellIs", "equal", `"${s}"`]),
    );
  }
  const rules = select(flags, "conditionalFormatting/cfRule");
  for (const rule of rules) {
    const status = JSON.parse(select(rule, "formula")[0].text) as Status;
    const fill = select(dxfs[Number(rule.attrs.dxfId)], "fill/patternFill")[0];
    const argb = `FF${STATUS_FORMATS[status].fill.slice(1)}`;
    expect(select(fill, "bgColor")[0]?.attrs.rgb).toBe(argb);
    expect(select(fill, "fgColor")[0]?.attrs.rgb).toBe(argb);
    expect(select(dxfs[Number(rule.attrs.dxfId)], "font/color")[0].attrs.rgb).toBe(`FF${STATUS_FORMATS[status].fontColor.slice(1)}`);
  }
});

describe("formulas that call AIFLAG, or spill, are dynamic arrays", () => {
  test("no formula of the red-flag model spills: the engine gives each one cell", () => {
    const plan = resolvePlan(buildRedFlagModel(EMBEDDED[0]), []);
    const loaded = loadPlan(plan);
    const spilling = plan.sheets.flatMap((s) =>
      s.cells
        .filter((c) => c.formula !== undefined)
        .filter((c) => {
          const { col, row } = parseCell(c.ref);
          return loaded.engine.getCellType({ sheet: loaded.sheetId(s.key), col, row: row - 1 }) !== CellType.FORMULA;
        })
        .map((c) => `${s.name}!${c.ref}`),
    );
    expect(spilling).toEqual([]);
  });

  test("every AIFLAG formula is stored as a one-cell dynamic array; every other formula as a plain formula", () => {
    // A legacy formula calling a user-defined function shows "@" in Excel 365 (Microsoft Support,
    // "Implicit intersection operator: @"); a dynamic array does not.
    const cells = formulaCells(parts);
    const aiflag = cells.filter((c) => c.names.some((n) => n.startsWith("_xldudf_AIFLAG_")));
    expect(aiflag.length).toBeGreaterThan(50);
    for (const { cell, f } of aiflag) expect([cell.attrs.r, cell.attrs.cm, f.attrs.t, f.attrs.ref]).toEqual([cell.attrs.r, "1", "array", cell.attrs.r]);
    for (const { cell, f } of cells.filter((c) => !aiflag.includes(c))) expect([cell.attrs.r, cell.attrs.cm, f.attrs.t]).toEqual([cell.attrs.r, undefined, undefined]);
  });

  test("the metadata part the cm attribute points at says 'dynamic array', with its content type and relationship", () => {
    const metadata = xml(parts, "xl/metadata.xml");
    expect(select(metadata, "metadataTypes/metadataType").map((t) => t.attrs.name)).toEqual(["XLDAPR"]);
    expect(select(metadata, "futureMetadata")[0].attrs.name).toBe("XLDAPR");
    expect(select(metadata, "futureMetadata/bk/extLst/ext/dynamicArrayProperties")[0].attrs).toEqual({ fDynamic: "1", fCollapsed: "0" });
    // cm="1": the first cell-metadata block, whose record points at type 1 (XLDAPR), future block 0.
    expect(select(metadata, "cellMetadata/bk/rc").map((rc) => rc.attrs)).toEqual([{ t: "1", v: "0" }]);
    const types = select(xml(parts, "[Content_Types].xml"), "Override").find((o) => o.attrs.PartName === "/xl/metadata.xml");
    expect(types?.attrs.ContentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml");
    const rels = select(xml(parts, "xl/_rels/workbook.xml.rels"), "Relationship");
    expect(rels.find((r) => r.attrs.Target === "metadata.xml")?.attrs.Type).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata");
    expect(new Set(rels.map((r) => r.attrs.Id)).size).toBe(rels.length);
  });

  test("a spilling formula is stored over its whole spill, each spilled cell holding its cached value", async () => {
    const plan: WorkbookPlan = {
      title: "spill",
      sheets: [{ key: "s", name: "S", cells: [{ ref: "B2", formula: '=AIFLAG.FCFCONV(100,-30,50,,"detail")' }, { ref: "E2", formula: "=SUM(1,2)" }] }],
      names: [],
      activate: "s",
    };
    const written = await readParts(await planWorkbookBytes(resolvePlan(plan, [])));
    const cells = descendants(sheetsOf(written)[0]).filter((c) => c.name === "c");
    const anchor = cells.find((c) => c.attrs.r === "B2")!;
    // FCFCONV's detail: 14 rows of label | value, the conversion (1.4) on row 12 of them.
    expect([anchor.attrs.cm, select(anchor, "f")[0].attrs]).toEqual(["1", { t: "array", ref: "B2:C15" }]);
    const spilled = cells.filter((c) => /^[BC]([2-9]|1[0-5])$/.test(c.attrs.r) && c.attrs.r !== "B2");
    expect(spilled).toHaveLength(27);
    for (const c of spilled) expect(select(c, "f")).toEqual([]);
    const value = (ref: string) => select(cells.find((c) => c.attrs.r === ref)!, "v")[0]?.text;
    expect([value("C2"), value("C13")]).toEqual(["100", "1.4"]);
    expect(cells.find((c) => c.attrs.r === "E2")!.attrs.cm).toBeUndefined();
  }, 30000);
});
