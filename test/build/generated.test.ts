/**
 * Everything derived from the registry (the custom-function wrappers, the reference doc, the
 * README catalogue) is committed; this fails when a committed copy is stale.
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { generatedFiles } from "../../scripts/generate/files";

const root = resolve(__dirname, "../..");

test.each(generatedFiles().map((f) => ({ ...f, name: relative(root, f.path) })))("$name is up to date (run `npm run generate`)", ({ path, content }) => {
  expect(readFileSync(path, "utf8")).toBe(content);
});
