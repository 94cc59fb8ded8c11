/**
 * The formula engine is a development tool (preview, tests, benchmark): nothing the add-in
 * ships may import it or HyperFormula (GPL-3.0, and large). Checked on the sources, so the
 * rule holds before any bundle is built.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const SRC = resolve(__dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Folders whose code runs in the add-in, or is imported by code that does. */
const SHIPPED = ["taskpane", "functions", "host", "core", "templates", "model", "analysis", "sources"];

const imports = (text: string) => [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);

test.each(SHIPPED)("src/%s imports neither src/engine nor hyperformula", (folder) => {
  const offending = files(join(SRC, folder)).flatMap((file) =>
    imports(readFileSync(file, "utf8"))
      .filter((spec) => spec === "hyperformula" || spec.startsWith("hyperformula/") || /(^|\/)engine(\/|$)/.test(spec))
      .map((spec) => `${relative(SRC, file)} -> ${spec}`),
  );
  expect(offending).toEqual([]);
});
