/**
 * The formula engine's own error messages (HyperFormula's `ErrorMessage` texts and its parser's
 * token lists, "Expecting token of type --> RParen <--") as plain sentences, for the preview's
 * cell tooltips and the line under the formula bar. AIFLAG's own messages (from the core) are
 * already sentences and pass through unchanged. Pure.
 */

/** What the preview says when it cannot read a formula (and refuses it, as Excel does). */
export const UNREADABLE_FORMULA = "This formula cannot be read: check its brackets, commas and quotes.";

const BY_MESSAGE: ReadonlyArray<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^Parsing error\b/, () => UNREADABLE_FORMULA],
  [/^Function name AIFLAG\.(.+) not recognized\.$/i, (m) => `AIFLAG has no function named ${m[1]}: =AIFLAG.FLAGS() lists the ones it has.`],
  [/^Function name (.+) not recognized\.$/, (m) => `There is no function named ${m[1]} here: check its spelling (the preview's engine knows most of Excel's functions, not all).`],
  [/^Named expression (.+) not recognized\.$/, (m) => `Nothing in this workbook is named ${m[1]}: check the spelling, or put a text in double quotes ("${m[1]}").`],
  [/^Sheet does not exist\.$/, () => "The formula names a sheet this workbook does not have."],
  [/^No space for array result\.$/, () => "The result needs more cells than are free here: empty the cells it would spill into."],
  [/^Wrong number of arguments\.$/, () => "The function was given too many or too few arguments."],
  [/^Value cannot be coerced to number\.$/, () => "A text was used where a number is needed."],
  [/^NaN or infinite value encountered\.$/, () => "The calculation has no finite result."],
];

/** Errors the engine gives without a message. */
const BY_CODE: Readonly<Record<string, string>> = {
  "#DIV/0!": "The formula divides by zero (or by an empty cell).",
  "#CYCLE!": "The formula refers to its own cell, directly or through other cells (a circular reference).",
};

/** A plain sentence for the engine's error `code` and `message`; other messages as they are. */
export function plainMessage(code: string, message: string): string {
  for (const [pattern, say] of BY_MESSAGE) {
    const m = message.match(pattern);
    if (m) return say(m);
  }
  return message === "" ? (BY_CODE[code] ?? "") : message;
}
