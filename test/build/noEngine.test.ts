/**
 * The production bundles, as `npm run build` makes them for Excel, hold nothing of the formula
 * engine (HyperFormula: GPL-3.0 and 1 MB) nor of the preview, whatever the imports say
 * (test/engine/isolation.test.ts checks the sources; this checks what ships). `npm test` builds
 * dist/ before running jest.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

const dist = resolve(__dirname, "../../dist");
/** Every script of the build: the two entries and the taskpane's lazy chunks. */
const BUNDLES = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith(".js")) : ["taskpane.js", "functions.js"];

/**
 * Texts every HyperFormula build carries and minifying keeps (method names, string literals),
 * and the preview's own marks.
 */
const SIGNATURES = ["buildFromSheets", "registerFunctionPlugin", "getCellValueDetailedType", "gpl-v3", "HyperFormula", "chevrotain", "aiflagPreview", "preview.html"];

test("the build's scripts include both entries", () => {
  expect(BUNDLES).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
});

test.each(BUNDLES)("dist/%s holds nothing of HyperFormula or the preview", (name) => {
  const file = resolve(dist, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (\`npm test\` does)`);
  const text = readFileSync(file, "utf8");
  expect(SIGNATURES.filter((s) => text.includes(s))).toEqual([]);
});

test("the production build has no preview page and no local office.js", () => {
  for (const path of ["preview.html", "preview.js", "office-js"]) expect(existsSync(resolve(dist, path))).toBe(false);
});
