/** The parts of docs/sec.md generated from the mapping table and the JSON Schema (`npm run generate`). */
import { LINE_ITEMS } from "../../model/lineItems";
import { SEC_JSON_SCHEMA } from "./jsonSchema";
import { SEC_ITEM_IDS, SEC_TAGS, sourceName, type TagSource } from "./tags";

/** Every line item SEC filings carry, with the us-gaap concepts that carry it, in the order they are tried. */
export function tagTableMarkdown(): string {
  const rows = SEC_ITEM_IDS.map((id) => {
    const item = LINE_ITEMS[id];
    const sources = (SEC_TAGS[id] as readonly TagSource[]).map((s, i) => `${i + 1}. \`${sourceName(s)}\`: ${s.meaning}`);
    return [`- **\`${id}\`** (${item.label}; ${item.period === "instant" ? "balance at the period's end" : "flow over the period"}): ${item.meaning}`, ...sources.map((s) => `  ${s}`)].join("\n");
  });
  return rows.join("\n") + "\n";
}

export function jsonSchemaMarkdown(): string {
  return "```json\n" + JSON.stringify(SEC_JSON_SCHEMA, null, 2) + "\n```\n";
}
