/**
 * The taskpane bundle stays lean and safe: following every import from the taskpane entry never
 * reaches the formula engine (src/engine, HyperFormula: GPL, and large), the CLI, or a Node-only
 * package. A static walk of the sources, so it fails before a build would ship it.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const ENTRY = join(ROOT, "src/taskpane/index.tsx");
const FORBIDDEN_PACKAGES = ["hyperformula", "exceljs", "csv-parse", "office-addin-mock"];
const FORBIDDEN_DIRS = ["src/engine/", "src/cli/", "src/preview/"];

function resolveModule(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [".ts", ".tsx", "/index.ts", "/index.tsx", ""].map((ext) => base + ext).find((p) => existsSync(p) && !p.endsWith("/"));
}

function walk(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [ENTRY];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\("([^"]+)"\)/g)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith(".")) {
        const target = resolveModule(file, spec);
        if (!target) throw new Error(`${relative(ROOT, file)}: cannot resolve ${spec}`);
        queue.push(target);
      } else packages.add(spec);
    }
  }
  return { files, packages };
}

test("the taskpane imports nothing from the engine, the CLI or the preview, and no Node-only package", () => {
  const { files, packages } = walk();
  const reached = [...files].map((f) => relative(ROOT, f));
  expect(reached).toContain("src/host/officeWriter.ts");
  expect(reached).toContain("src/analysis/index.ts");
  expect(reached.filter((f) => FORBIDDEN_DIRS.some((d) => f.startsWith(d)))).toEqual([]);
  expect([...packages].filter((p) => FORBIDDEN_PACKAGES.some((x) => p === x || p.startsWith(`${x}/`)) || p.startsWith("node:"))).toEqual([]);
});

test("no raw HTML in the taskpane sources", () => {
  const { files } = walk();
  for (const f of files) expect([relative(ROOT, f), /dangerouslySetInnerHTML|innerHTML\s*=/.test(readFileSync(f, "utf8"))]).toEqual([relative(ROOT, f), false]);
});
