/**
 * SCORE(statuses): one number for a block of flag statuses.
 *
 *   points: RED = 100, WATCH = 50, OK = 0         (case-insensitive, trimmed)
 *   value  = mean of the points of the statuses given
 *
 * Blanks, empty text and 0 are skipped (Excel passes blank cells as null or 0); an error in the
 * block passes through; anything else is #VALUE! naming its row and column; nothing left is #N/A.
 */
import { fail, inputError, isCellError, naError, valueError } from "../cells/errors";
import type { CellInput } from "../cells/values";
import { defineUtility } from "../framework/defineUtility";
import { STATUSES, type Status } from "../framework/status";
import { formatPlain } from "../format/numbers";
import { param } from "../params/spec";

export const STATUS_POINTS: Readonly<Record<Status, number>> = { RED: 100, WATCH: 50, OK: 0 };

const pointsList = STATUSES.map((s) => `${s} ${formatPlain(STATUS_POINTS[s])}`).join(", ");
const statusList = `${STATUSES.slice(0, -1).join(", ")} or ${STATUSES[STATUSES.length - 1]}`;

function isSkipped(x: CellInput): boolean {
  return x === null || x === 0 || (typeof x === "string" && x.trim() === "");
}

function describe(x: CellInput): string {
  if (typeof x === "string") return `"${x}"`;
  if (typeof x === "boolean") return x ? "TRUE" : "FALSE";
  return String(x);
}

function pointsOf(x: CellInput, r: number, c: number): number | undefined {
  const cell = `statuses, row ${r + 1}, column ${c + 1}`;
  if (isCellError(x)) fail(inputError(x, cell));
  if (isSkipped(x)) return undefined;
  const status = typeof x === "string" ? STATUSES.find((s) => s === x.trim().toUpperCase()) : undefined;
  if (!status) fail(valueError(`${cell}: ${describe(x)} is not ${statusList}`));
  return STATUS_POINTS[status];
}

export const score = defineUtility({
  id: "SCORE",
  params: [param.block("statuses", `A range of statuses (${statusList}) from the flags' "status" output; blanks are skipped.`)],
  words: {
    title: "Score a set of flags",
    valueLabel: `Score (${formatPlain(STATUS_POINTS.OK)} = all OK, ${formatPlain(STATUS_POINTS.RED)} = all RED)`,
    summary: "Turns a range of RED / WATCH / OK statuses into one number from 0 (all OK) to 100 (all RED).",
    why:
      "One flag is a question; several flags pointing the same way are a pattern. A single score lets a screen of many " +
      "companies or periods be sorted, so the ones with the most open questions are read first.",
    watch:
      "The score counts questions, not answers: flags that share one cause (a wave of capex moves DEPGAP, FCFCONV and " +
      "CAPEXCREEP together) count the same concern more than once. Blank cells are left out of the average, not counted as OK. " +
      "Read the flags behind any high score.",
    method:
      `Each status earns points (${pointsList}); the score is their average. Case and surrounding spaces are ignored; ` +
      "blank cells, empty text and 0 are skipped; an error in the range passes through.",
    thresholds: `Not a flag: no thresholds. Points per status: ${pointsList}.`,
  },
  examples: [{ args: ["RED"], expected: STATUS_POINTS.RED, note: "A single RED scores 100." }],
  compute(a) {
    let total = 0;
    let count = 0;
    a.statuses.forEach((cells, r) =>
      cells.forEach((x, c) => {
        const points = pointsOf(x, r, c);
        if (points === undefined) return;
        total += points;
        count++;
      }),
    );
    if (count === 0) fail(naError(`no statuses to score: give a range holding ${statusList}`));
    return [[total / count]];
  },
});
