/**
 * The production bundle, as Excel receives it: dist/functions.js must load in a plain
 * JavaScript context (no DOM, no Office) where only CustomFunctions exists, and register
 * every id listed in dist/functions.json. The taskpane's first render needs only what
 * taskpane.html names (functions.js, taskpane.js), within its budget; the Templates and Analyse
 * panels are chunks of their own. `npm test` builds dist/ before running jest.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { FIRST_RENDER_JS_BUDGET_KB } from "../../bench/load";
import { gzipBytes, lazyChunks, pageScripts } from "../../bench/lib/pageScripts";
import { REGISTRY } from "../../src/core/registry";
import { excelEvaluates, FakeCustomFunctionsError, makeCustomFunctions, type FunctionsJson } from "../helpers/customFunctionsGlobal";

const dist = resolve(__dirname, "../../dist");
const functionsJs = resolve(dist, "functions.js");

beforeAll(() => {
  if (!existsSync(functionsJs)) throw new Error(`${functionsJs} is missing: run \`npm run build\` first (\`npm test\` does)`);
});

const metadata = (): FunctionsJson => JSON.parse(readFileSync(resolve(dist, "functions.json"), "utf8"));

test("dist/functions.js is not empty", () => {
  expect(statSync(functionsJs).size).toBeGreaterThan(1000);
});

test("functions.json holds exactly the registered ids, every function and parameter described, a help URL each", () => {
  const fns = metadata().functions;
  expect(fns.map((f) => f.id).sort()).toEqual(REGISTRY.map((d) => d.id).sort());
  for (const f of fns) {
    expect(f.description.length).toBeGreaterThan(20);
    expect(f.helpUrl).toMatch(new RegExp(`^https://[^/]+/help\\.html#${f.id.toLowerCase()}$`));
    for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(10);
    const def = REGISTRY.find((d) => d.id === f.id)!;
    expect(f.parameters.map((p) => p.name)).toEqual(def.params.map((p) => p.name));
  }
});

test("functions.json lets error values in (allowErrorForDataTypeAny) and lists the choices of output as a custom enum", () => {
  const m = metadata();
  expect(m.allowErrorForDataTypeAny).toBe(true);
  const output = m.functions.find((f) => f.id === "FCFCONV")!.parameters.find((p) => p.name === "output")!;
  expect(m.enums?.find((e) => e.id === output.customEnumId)?.values.map((v) => v.stringValue)).toEqual(["value", "status", "detail"]);
});

test("evaluated with only CustomFunctions defined, the bundle registers every id and computes", () => {
  const fake = makeCustomFunctions();
  runInNewContext(readFileSync(functionsJs, "utf8"), { CustomFunctions: fake.api });
  expect(Object.keys(fake.associations).sort()).toEqual(metadata().functions.map((f) => f.id).sort());
  const fcfconv = fake.associations.FCFCONV;
  expect(fcfconv([[136162]], [[-64551]], [[101832]], null)).toEqual([[71611 / 101832]]);
  // Called as Excel calls it under the built metadata: an error in a range reaches the function.
  const ref = new fake.api.Error("#REF!");
  const [[e]] = excelEvaluates(fcfconv, metadata(), "FCFCONV", [[[136162]], [[-64551, ref]], [[101832]], null]);
  expect(e).toMatchObject({ code: "#VALUE!", message: "capex, period 2: the cell holds #REF!" });
  expect(e).toBeInstanceOf(FakeCustomFunctionsError);
});

test("taskpane.html loads the functions, then the taskpane: nothing else of its own; help.html the taskpane only", () => {
  expect(pageScripts(dist, "taskpane.html")).toEqual(["functions.js", "taskpane.js"]);
  expect(pageScripts(dist, "help.html")).toEqual(["taskpane.js"]);
});

test(`the first render's JavaScript is at most ${FIRST_RENDER_JS_BUDGET_KB} KB gzip`, () => {
  const sizes = pageScripts(dist, "taskpane.html").map((f) => [f, gzipBytes(resolve(dist, f))] as const);
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`[aiflag bundle] first render: ${sizes.map(([f, b]) => `${f} ${(b / 1024).toFixed(1)} KB`).join(" + ")} = ${(total / 1024).toFixed(1)} KB gzip`);
  expect(total / 1024).toBeLessThanOrEqual(FIRST_RENDER_JS_BUDGET_KB);
});

test("the Templates and Analyse panels are chunks of their own, outside taskpane.js", () => {
  expect(lazyChunks(dist, ["taskpane.html", "help.html"])).toEqual(["analyse.js", "templates.js"]);
  const text = (f: string) => readFileSync(resolve(dist, f), "utf8");
  // Each panel's own sentence, in its chunk only.
  const templates = "Ready models with live AIFLAG formulas";
  const analyse = "AIFLAG recognises the rows by their labels";
  expect([text("templates.js").includes(templates), text("analyse.js").includes(analyse)]).toEqual([true, true]);
  expect([text("taskpane.js").includes(templates), text("taskpane.js").includes(analyse)]).toEqual([false, false]);
});

test("functions.js loads no chunk: it is whole on its own", () => {
  expect(readFileSync(functionsJs, "utf8")).not.toMatch(/webpackChunk/);
});
