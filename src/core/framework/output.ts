import { param } from "../params/spec";

/**
 * Convention 9: the last argument of every flag, added by the builders (`flagSpec.ts`).
 * A choice parameter: Excel lists the three while the user types (a custom enum).
 */
export const outputParam = param.choice(
  "output",
  "What to return",
  [
    { text: "value", description: "the metric" },
    { text: "status", description: "RED, WATCH or OK" },
    { text: "detail", description: "a table of the workings" },
  ],
  "value",
);

export type Output = (typeof outputParam)["choices"][number]["text"];

/** The texts `output` accepts, in order. */
export const OUTPUTS: readonly Output[] = outputParam.choices.map((c) => c.text);
