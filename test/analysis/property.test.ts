/**
 * Generated blocks, as messy as real ones (labels from the case tables, text numbers, blanks,
 * booleans, error texts, ragged rows, either orientation, any corner): the analysis never
 * throws, its values are finite numbers, texts or Excel errors, and the formula plan never
 * touches a cell of the block.
 */
import fc from "fast-check";
import { analyseSelection, planFormulas, type BlockValue } from "../../src/analysis";
import { cellAddress, inBox } from "../../src/core/cells/a1";
import { isCellError } from "../../src/core/cells/errors";
import { CATALOGUE } from "./helpers/catalogue";
import { ANALYST_LABELS, FILING_LABELS, NEAR_MISSES } from "../sources/selection/cases/labels";

const labels = [...FILING_LABELS, ...ANALYST_LABELS, ...NEAR_MISSES].map(([l]) => l);

const cell: fc.Arbitrary<BlockValue> = fc.oneof(
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.integer({ min: -5000, max: 500000 }),
  fc.constantFrom(null, "", "—", "n/a", "(1,234)", "1,234.5", "12%", "#N/A", "see note", true, false, 0, 2024, "FY2025", "Q1-25"),
);

const block = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 7 }))
  .chain(([rows, cols]) =>
    fc.array(
      fc.tuple(fc.oneof(fc.constantFrom(...labels), cell), fc.array(cell, { minLength: 0, maxLength: cols })).map(([l, rest]) => [l, ...rest]),
      { minLength: rows, maxLength: rows },
    ),
  );

const corner = fc.record({ row: fc.integer({ min: 0, max: 1_048_575 }), col: fc.integer({ min: 0, max: 16_383 }) });

test("any block at any corner: no exception, clean values, no write inside the block", () => {
  fc.assert(
    fc.property(block, corner, fc.boolean(), (values, at, transpose) => {
      const grid = transpose ? values[0].map((_, j) => values.map((r) => r[j] ?? null)) : values;
      const a = analyseSelection({ sheet: "Model", address: cellAddress(at), values: grid }, { registry: CATALOGUE });
      for (const f of a.flags) {
        if (f.state !== "computed") {
          expect(f.message.length).toBeGreaterThan(0);
          continue;
        }
        for (const x of [f.value, f.status]) {
          if (x === undefined || typeof x === "string" || isCellError(x)) continue;
          expect(Number.isFinite(x)).toBe(true);
        }
      }
      const p = planFormulas(a);
      if (p.kind === "plan" && a.block) {
        const box = a.block;
        for (const w of p.writes) {
          expect(inBox(box, w.position)).toBe(false);
          expect(inBox(p.target, w.position)).toBe(true);
        }
      }
    }),
    { numRuns: 400 },
  );
});
