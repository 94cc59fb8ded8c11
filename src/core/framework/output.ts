import { fail, valueError } from "../cells/errors";
import type { RawArg } from "../cells/values";
import { isOmitted, readText } from "../params/read";
import { param } from "../params/spec";

/** Convention 9: the last argument of every flag. */
export const OUTPUTS = ["value", "status", "detail"] as const;
export type Output = (typeof OUTPUTS)[number];

export const outputParam = param.text(
  "output",
  'What to return: "value" (the metric, default), "status" (RED, WATCH or OK) or "detail" (a table of the workings).',
  { defaultValue: "value" },
);

export function readOutput(raw: RawArg): Output {
  if (isOmitted(raw)) return "value";
  const text = readText(outputParam, raw).trim().toLowerCase();
  const found = OUTPUTS.find((o) => o === text);
  if (!found) fail(valueError(`output must be "value", "status" or "detail"`));
  return found;
}
