/**
 * Every function a template formula calls is one the .xlsx file can name: an Excel 2007 function
 * (stored as written), a later one (stored with its `_xlfn.` prefix, or Excel shows #NAME?:
 * Microsoft Support, "Issue: An _xlfn. prefix is displayed in front of a formula"; [MS-XLSX]
 * 2.2.3 Functions), or an AIFLAG function (stored as Excel stores JavaScript custom functions).
 */
import { companiesOf, TEMPLATES } from "../../src/templates/catalogue";
import { EXCEL_2007_FUNCTIONS, FUTURE_FUNCTIONS } from "../../src/cli/output/excelFunctions";
import { fileFormula, functionNames, originOf } from "../../src/cli/output/fileFormula";

/** Every formula of every template, built blank and with each fill it offers. */
const TEMPLATE_FORMULAS: Array<{ where: string; formula: string }> = TEMPLATES.flatMap((t) =>
  t.fills.flatMap((fill) =>
    t.buildFrom(companiesOf(fill)).sheets.flatMap((s) =>
      s.cells.flatMap((c) => (c.formula === undefined ? [] : [{ where: `${t.id} (${fill}) ${s.name}!${c.ref}`, formula: c.formula }])),
    ),
  ),
);

const STORED_FUTURE = new Set([...FUTURE_FUNCTIONS.values()].map((f) => f.stored));

test("the templates' formulas were all found, blank and filled", () => {
  for (const t of TEMPLATES) expect(TEMPLATE_FORMULAS.filter((f) => f.where.startsWith(`${t.id} (blank)`)).length).toBeGreaterThan(0);
  expect(TEMPLATE_FORMULAS.some((f) => f.where.startsWith("comparison (sample)"))).toBe(true);
});

test("every function a template calls is an Excel 2007 function, a future function of the table, or an AIFLAG function", () => {
  const unknown = TEMPLATE_FORMULAS.flatMap(({ where, formula }) => functionNames(formula).filter((n) => originOf(n) === undefined).map((n) => `${where}: ${n}`));
  expect(unknown).toEqual([]);
});

test("in the file, every function of every template formula has its stored name", () => {
  const wrong = TEMPLATE_FORMULAS.flatMap(({ where, formula }) =>
    functionNames(fileFormula(formula))
      .filter((n) => !EXCEL_2007_FUNCTIONS.has(n) && !STORED_FUTURE.has(n) && !/^_xldudf_AIFLAG_[A-Z0-9_]+$/.test(n))
      .map((n) => `${where}: ${n}`),
  );
  expect(wrong).toEqual([]);
});

test("the future functions the templates use get their prefix", () => {
  expect(fileFormula("=FORMULATEXT(E8)")).toBe("_xlfn.FORMULATEXT(E8)");
  expect(fileFormula("=IF(COUNTBLANK(Data!$C$6:$E$6)>0,\"needs input\",RRI(Data!$E$5-Data!$C$5,Data!$C$6,Data!$E$6))")).toBe(
    'IF(COUNTBLANK(Data!$C$6:$E$6)>0,"needs input",_xlfn.RRI(Data!$E$5-Data!$C$5,Data!$C$6,Data!$E$6))',
  );
  const used = new Set(TEMPLATE_FORMULAS.flatMap(({ formula }) => functionNames(formula)).filter((n) => originOf(n) === "future"));
  expect([...used].sort()).toEqual(["FORMULATEXT", "RRI"]);
});

test("the table: FILTER and SORT under _xlfn._xlws., no name both old and new, each with its version", () => {
  expect(fileFormula("=SORT(FILTER(A1:A9,A1:A9>0))")).toBe("_xlfn._xlws.SORT(_xlfn._xlws.FILTER(A1:A9,A1:A9>0))");
  expect(fileFormula("=IFS(A1>0,1,TRUE,2)&TEXTJOIN(\",\",TRUE,B1:B3)&XLOOKUP(1,C1:C3,D1:D3)")).toBe(
    '_xlfn.IFS(A1>0,1,TRUE,2)&_xlfn.TEXTJOIN(",",TRUE,B1:B3)&_xlfn.XLOOKUP(1,C1:C3,D1:D3)',
  );
  expect([...FUTURE_FUNCTIONS.keys()].filter((n) => EXCEL_2007_FUNCTIONS.has(n))).toEqual([]);
  expect(FUTURE_FUNCTIONS.get("CONCAT")).toEqual({ stored: "_xlfn.CONCAT", since: "2019" });
});

test("names inside text and quoted sheet names are left alone; unknown functions and LET are refused", () => {
  expect(fileFormula(`="RRI(" & 'IF(x)'!A1 & AIFLAG.FCFCONV(A1,A2,A3)`)).toBe(`"RRI(" & 'IF(x)'!A1 & _xldudf_AIFLAG_FCFCONV(A1,A2,A3)`);
  expect(functionNames(`="a ""SUM("" b"&MAX(1)`)).toEqual(["MAX"]);
  expect(() => fileFormula("=FROBNICATE(1)")).toThrow(/FROBNICATE/);
  expect(() => fileFormula("=AIFLAG.NOSUCHFLAG(1)")).toThrow(/AIFLAG.NOSUCHFLAG/);
  expect(() => fileFormula("=LET(x,1,x+1)")).toThrow(/_xlpm/);
});
