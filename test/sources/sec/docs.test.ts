/** docs/sec.md shows the mapping table and the JSON Schema as the code has them (run `npm run generate`). */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { jsonSchemaMarkdown, tagTableMarkdown } from "../../../src/sources/sec/docs";
import { SEC_ITEM_IDS } from "../../../src/sources/sec";

const doc = readFileSync(resolve(__dirname, "../../../docs/sec.md"), "utf8");

function block(name: string): string {
  const start = doc.indexOf(`<!-- ${name}:start`);
  const end = doc.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < 0) throw new Error(`docs/sec.md has no ${name} markers`);
  return doc.slice(doc.indexOf("-->", start) + 4, end);
}

test("the tag table in docs/sec.md is the one tags.ts holds", () => {
  expect(block("sec-tags")).toBe(tagTableMarkdown());
  for (const id of SEC_ITEM_IDS) expect(block("sec-tags")).toContain(`**\`${id}\`**`);
});

test("the JSON Schema in docs/sec.md is the one the output is validated against", () => {
  expect(block("sec-json")).toBe(jsonSchemaMarkdown());
});
