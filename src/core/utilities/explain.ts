/**
 * EXPLAIN(flag, [part]): the words of any AIFLAG function, as text in a cell.
 *
 *   flag: a function name, case-insensitive, with or without "AIFLAG."  (unknown: #N/A listing the known ones)
 *   part: "summary" (default), "why", "watch", "syntax" or "thresholds"  (anything else: #VALUE! listing them)
 */
import { fail, naError, valueError } from "../cells/errors";
import type { CellOutput, Matrix, RawArg } from "../cells/values";
import { syntaxOf } from "../docs/formula";
import type { FunctionDefinition } from "../framework/definition";
import { isOmitted, readText } from "../params/read";
import { param } from "../params/spec";
import type { Catalogue } from "./catalogue";

export const EXPLAIN_PARTS = ["summary", "why", "watch", "syntax", "thresholds"] as const;
export type ExplainPart = (typeof EXPLAIN_PARTS)[number];
const DEFAULT_PART: ExplainPart = "summary";

const quotedParts = EXPLAIN_PARTS.map((p) => `"${p}"`);
const partList = `${quotedParts.slice(0, -1).join(", ")} or ${quotedParts[quotedParts.length - 1]}`;

const flagParam = param.text("flag", 'Name of an AIFLAG function, e.g. "DEPCLIFF" or "AIFLAG.DEPCLIFF" (any case).');
const partParam = param.text("part", `Which words to return: ${partList}; default "${DEFAULT_PART}".`, {
  defaultValue: DEFAULT_PART,
});

function textOf(def: FunctionDefinition, part: ExplainPart): string {
  return part === "syntax" ? syntaxOf(def) : def.words[part];
}

export function defineExplain(catalogue: Catalogue): FunctionDefinition {
  return {
    id: "EXPLAIN",
    group: "utilities",
    kind: "utility",
    hasStatus: false,
    params: [flagParam, partParam],
    words: {
      title: "Explain a function",
      valueLabel: "The requested words, as text",
      summary: "Returns what any AIFLAG function measures, why it matters, what to watch, its syntax or its thresholds.",
      why:
        "A number in a model is only useful if the next reader knows what it means and where its limits are. Putting the " +
        "explanation next to the figure keeps the two together when the workbook is shared.",
      watch:
        `Part is one of ${partList}. The words are the same ones the taskpane cards and the reference show, so they ` +
        "stay in step with the functions.",
      method: "Looks the function up by name in the catalogue and returns the requested part of its words as one text.",
      thresholds: "Not a flag: no thresholds.",
    },
    examples: [
      {
        args: ["DEPCLIFF", "syntax"],
        expected: "AIFLAG.DEPCLIFF(capex, book_life, economic_life, [output])",
        note: "The syntax of DEPCLIFF, as Excel shows it.",
      },
    ],
    run(args: readonly RawArg[]): Matrix<CellOutput> {
      const [flagRaw, partRaw] = args;
      if (isOmitted(flagRaw)) fail(valueError('flag is required: give a function name such as "DEPCLIFF"'));
      const name = readText(flagParam, flagRaw).trim();
      const def = catalogue.find(name);
      if (!def) {
        const known = catalogue.list().map((d) => d.id).join(", ");
        fail(naError(`no AIFLAG function is called "${name}"; known: ${known}`));
      }
      const text = isOmitted(partRaw) ? DEFAULT_PART : readText(partParam, partRaw).trim().toLowerCase();
      const part = EXPLAIN_PARTS.find((p) => p === text);
      if (!part) fail(valueError(`part must be ${partList}`));
      return [[textOf(def, part)]];
    },
  };
}
