/**
 * EXPLAIN(flag, [part]): the words of any AIFLAG function, as text in a cell.
 *
 *   flag: a function name, case-insensitive, with or without "AIFLAG."  (unknown: #N/A listing the known ones)
 *   part: "summary" (default), "why", "watch", "syntax" or "thresholds"  (anything else: #VALUE! listing them)
 */
import { fail, naError } from "../cells/errors";
import { syntaxOf } from "../docs/formula";
import { defineUtility } from "../framework/defineUtility";
import type { FunctionDefinition } from "../framework/definition";
import { choiceList, param } from "../params/spec";
import type { FunctionCatalogue } from "./catalogue";

const flagParam = param.text("flag", 'Name of an AIFLAG function, e.g. "DEPCLIFF" or "AIFLAG.DEPCLIFF" (any case).');
const partParam = param.choice(
  "part",
  "Which words to return",
  [
    { text: "summary", description: "what it measures" },
    { text: "why", description: "why it matters" },
    { text: "watch", description: "what to watch" },
    { text: "syntax", description: "how to call it" },
    { text: "thresholds", description: "its thresholds" },
  ],
  "summary",
);

export type ExplainPart = (typeof partParam)["choices"][number]["text"];
export const EXPLAIN_PARTS: readonly ExplainPart[] = partParam.choices.map((c) => c.text);

function textOf(def: FunctionDefinition, part: ExplainPart): string {
  return part === "syntax" ? syntaxOf(def) : def.words[part];
}

export function defineExplain(catalogue: FunctionCatalogue): FunctionDefinition {
  return defineUtility({
    id: "EXPLAIN",
    params: [flagParam, partParam],
    words: {
      title: "Explain a function",
      valueLabel: "The requested words, as text",
      summary: "Returns what any AIFLAG function measures, why it matters, what to watch, its syntax or its thresholds.",
      why:
        "A number in a model is only useful if the next reader knows what it means and where its limits are. Putting the " +
        "explanation next to the figure keeps the two together when the workbook is shared.",
      watch:
        `Part is one of ${choiceList(partParam)}. The words are the same ones the taskpane cards and the reference show, so they ` +
        "stay in step with the functions.",
      method: "Looks the function up by name in the catalogue and returns the requested part of its words as one text.",
      thresholds: "Not a flag: no thresholds.",
    },
    examples: [
      {
        args: ["DEPCLIFF", "syntax"],
        expected: "AIFLAG.DEPCLIFF(capex, book_life, economic_life, [operating_income], [output])",
        note: "The syntax of DEPCLIFF, as Excel shows it.",
      },
    ],
    compute(a) {
      const name = a.flag.trim();
      const def = catalogue.find(name);
      if (!def) {
        const known = catalogue.list().map((d) => d.id).join(", ");
        fail(naError(`no AIFLAG function is called "${name}"; known: ${known}`));
      }
      return [[textOf(def, a.part)]];
    },
  });
}
