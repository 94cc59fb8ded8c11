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

test("evaluated alone, with CustomFunctions and no document, the bundle registers every id and computes", () => {
  const fake = makeCustomFunctions();
  // The page's global (webpack's runtime keeps its list of loaded chunks on `self`), but no
  // document: loading any other file would need one, so what registers here needs nothing else.
  const page: Record<string, unknown> = { CustomFunctions: fake.api, location: { href: "https://localhost:3000/taskpane.html" } };
  page.self = page;
  runInNewContext(readFileSync(functionsJs, "utf8"), page);
  expect(Object.keys(fake.associations).sort()).toEqual(metadata().functions.map((f) => f.id).sort());
  const fcfconv = fake.associations.FCFCONV;
  expect(fcfconv([[136162]], [[-64551]], [[101832]], null)).toEqual([[71611 / 101832]]);
  // Called as Excel calls it under the built metadata: an error in a range reaches the function.
  const ref = new fake.api.Error("#REF!");
  const [[e]] = excelEvaluates(fcfconv, metadata(), "FCFCONV", [[[136162]], [[-64551, ref]], [[101832]], null]);
  expect(e).toMatchObject({ code: "#VALUE!", message: "capex, period 2: the cell holds #REF!" });
  expect(e).toBeInstanceOf(FakeCustomFunctionsError);
});

test("taskpane.html and help.html load the functions, then the taskpane, which takes the core from them: nothing else of their own", () => {
  expect(pageScripts(dist, "taskpane.html")).toEqual(["functions.js", "taskpane.js"]);
  expect(pageScripts(dist, "help.html")).toEqual(["functions.js", "taskpane.js"]);
  // One copy of the calc core: the registry's words are in functions.js, not again in taskpane.js.
  const words = "Sloan (1996) showed that earnings made mostly of accruals";
  const text = (f: string) => readFileSync(resolve(dist, f), "utf8");
  expect([text("functions.js").includes(words), text("taskpane.js").includes(words)]).toEqual([true, false]);
});

test(`the first render's JavaScript is at most ${FIRST_RENDER_JS_BUDGET_KB} KB gzip`, () => {
  const sizes = pageScripts(dist, "taskpane.html").map((f) => [f, gzipBytes(resolve(dist, f))] as const);
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`[aiflag bundle] first render: ${sizes.map(([f, b]) => `${f} ${(b / 1024).toFixed(1)} KB`).join(" + ")} = ${(total / 1024).toFixed(1)} KB gzip`);
  expect(total / 1024).toBeLessThanOrEqual(FIRST_RENDER_JS_BUDGET_KB);
});

test("the Templates and Analyse panels and the formula builder are chunks of their own, outside taskpane.js", () => {
  expect(lazyChunks(dist, ["taskpane.html", "help.html"])).toEqual(["analyse.js", "builder.js", "secWorker.js", "templates.js"]);
  const text = (f: string) => readFileSync(resolve(dist, f), "utf8");
  // Each panel's own sentence, in its chunk only.
  const templates = "Ready models with live AIFLAG formulas";
  const analyse = "AIFLAG recognises the rows by their labels";
  const builder = "click Use selection, or type a value";
  expect([text("templates.js").includes(templates), text("analyse.js").includes(analyse), text("builder.js").includes(builder)]).toEqual([true, true, true]);
  expect([templates, analyse, builder].map((t) => text("taskpane.js").includes(t))).toEqual([false, false, false]);
});

