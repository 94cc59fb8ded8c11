/**
 * Metamorphic tests: relations between calls that must hold whatever the inputs.
 *
 * (a) Units: multiplying every money input (units "money" and "spend" in each ParamSpec) by
 *     1,000 (thousands to millions) leaves ratios and statuses unchanged and multiplies money
 *     results by 1,000. Which results are money the registry says: a value of kind "amount",
 *     the detail figures a flag marks "amount". Extends
 *     test/core/scaling.test.ts (the worked examples' statuses) to generated inputs, values and
 *     detail tables.
 * (b) Orientation: a row and the same data as a column give the same result (series functions)
 *     or the transposed spill (element-wise functions; their detail tables, one column per
 *     period, are the same either way).
 * (c) Order: series are oldest first (docs/conventions.md), and reversing a growing series
 *     moves GROSSMARGINGAP, CAPEXCREEP and DEPCLIFF in the direction their maths documents.
 * (d) DEPCLIFF and DEPGAP: never RED without operating income (nor DEPGAP with too few years of
 *     capex), and linear in capex, so a hardware share scales the value and keeps the status.
 *
 * Inputs are generated from the specs' rules. For (a) money is whole numbers and other numbers
 * sit on a grid of 1/64, so x 1,000 is exact and ratios of money come out bit for bit the same;
 * seeds are fixed so that a failure is reproducible as it stands.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { exampleRawArgs } from "../../src/core/docs/formula";
import type { FunctionDefinition } from "../../src/core/framework/definition";
import { REGISTRY } from "../../src/core/registry";
import { FakeCustomFunctionsError, makeCustomFunctions } from "../helpers/customFunctionsGlobal";
import { messyCell, orient, realisticNumber, transpose, validArgs, validNumber, type Arg, type Cell } from "./helpers/inputs";

const fake = makeCustomFunctions();
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = fake.api;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { excelCall } = require("../../src/functions/excelCall") as typeof import("../../src/functions/excelCall");

type Out = Array<Array<number | string | FakeCustomFunctionsError>>;
const isError = (x: unknown): x is FakeCustomFunctionsError => x instanceof FakeCustomFunctionsError;
/** Fixed so that a failure reproduces as it stands; set FC_SEED to explore other inputs. */
const SEED = Number(process.env.FC_SEED ?? 20261124);
const OUTPUTS = ["value", "status", "detail"] as const;

const byId = (id: string): FunctionDefinition => REGISTRY.find((d) => d.id === id)!;
const outputIndex = (def: FunctionDefinition) => def.params.findIndex((p) => p.name === "output");
const isMoney = (def: FunctionDefinition, i: number) => def.params[i]?.unit === "money" || def.params[i]?.unit === "spend";

function run(def: FunctionDefinition, args: readonly Arg[], output?: string): Out {
  const full = [...args];
  const at = outputIndex(def);
  if (output !== undefined && at >= 0) full[at] = output;
  return excelCall(def.id, full);
}

// ---------------------------------------------------------------------------------------------
// (a) Money x 1,000
// ---------------------------------------------------------------------------------------------

/**
 * Which detail rows are money, from the registry: the rows whose figures the flag marks
 * `kind: "amount"`, and the value row when the flag's value is an amount. Read once per flag on
 * its first worked example (a flag's detail table has the same labels whatever the inputs).
 */
function moneyRowsOf(def: FunctionDefinition): ReadonlySet<string> {
  const rows = def.detail?.(exampleRawArgs(def.examples[0]?.args ?? [])) ?? [];
  return new Set(rows.filter((r) => r.kind === "amount").map((r) => r.label));
}

const valueIsMoney = (def: FunctionDefinition) => def.valueKind === "amount";

const withMoney = REGISTRY.filter((def) => def.params.some((_, i) => isMoney(def, i)));

test("a flag whose value or figures are money takes money inputs", () => {
  for (const def of REGISTRY.filter((d) => d.kind !== "utility")) {
    const money = valueIsMoney(def) || moneyRowsOf(def).size > 0;
    if (money) expect({ id: def.id, moneyInputs: withMoney.includes(def) }).toEqual({ id: def.id, moneyInputs: true });
  }
});

function scaleMoney(def: FunctionDefinition, args: readonly Arg[], k: number): Arg[] {
  const times = (x: Cell) => (typeof x === "number" ? x * k : x);
  return args.map((a, i) => (!isMoney(def, i) ? a : Array.isArray(a) ? a.map((row: Cell[]) => row.map(times)) : times(a)));
}

/** The largest money input: the scale against which a money result is compared (see `near`). */
function moneyScale(def: FunctionDefinition, args: readonly Arg[]): number {
  let max = 0;
  args.forEach((a, i) => {
    if (!isMoney(def, i)) return;
    const cells = Array.isArray(a) ? (a as Cell[][]).flat() : [a];
    for (const x of cells) if (typeof x === "number") max = Math.max(max, Math.abs(x));
  });
  return max;
}

/**
 * Relative tolerance 1e-9. A money result may be a difference of nearly equal sums (NBV book -
 * NBV economic), whose rounding is relative to the sums, not to the difference: money is
 * compared against max(|a|, |b|, n x the largest money input), n the number of money cells.
 */
function near(a: number, b: number, floor: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), floor) || a === b;
}

/** Compares one cell of the base result (x 1,000 when money) with the scaled result. */
function sameAfterScaling(base: unknown, scaled: unknown, money: boolean, floor: number): boolean {
  if (isError(base) || isError(scaled)) return isError(base) && isError(scaled) && base.code === scaled.code;
  if (typeof base === "number" && typeof scaled === "number") return money ? near(base * 1000, scaled, floor * 1000) : near(base, scaled, 1e-3);
  return base === scaled;
}

function scalingProblem(def: FunctionDefinition, args: Arg[], output: (typeof OUTPUTS)[number]): string | undefined {
  const base = run(def, args, output);
  const scaled = run(def, scaleMoney(def, args, 1000), output);
  if (base.length !== scaled.length || base[0].length !== scaled[0].length) return "shapes differ";
  const floor = moneyScale(def, args) * args.flat(2).length;
  const moneyRows = moneyRowsOf(def);
  for (let r = 0; r < base.length; r++) {
    const label = output === "detail" ? base[r][0] : undefined;
    if (label === "Reason") continue; // prints the amounts
    for (let c = output === "detail" ? 1 : 0; c < base[r].length; c++) {
      const money = output === "value" ? valueIsMoney(def) : output === "detail" && moneyRows.has(String(label));
      if (!sameAfterScaling(base[r][c], scaled[r][c], money, floor)) {
        const show = (x: unknown) => (isError(x) ? x.code : String(x));
        return `${output}, ${label ?? `row ${r + 1}`}, column ${c + 1}: ${show(base[r][c])} -> ${show(scaled[r][c])}${money ? " (money: expected x 1,000)" : ""}`;
      }
    }
  }
  return undefined;
}

const computed = new Map<string, number>();

describe.each(withMoney.map((def) => ({ def, id: def.id })))("(a) $id: money x 1,000", ({ def }) => {
  test("ratios and statuses unchanged, money results x 1,000 (value, status and detail)", () => {
    let numeric = 0;
    fc.assert(
      fc.property(validArgs(def, realisticNumber), (args) => {
        for (const output of OUTPUTS) {
          const problem = scalingProblem(def, args, output);
          if (problem) throw new Error(problem);
        }
        if (run(def, args, "value").some((row) => row.some((x) => typeof x === "number"))) numeric++;
      }),
      { numRuns: 1000, seed: SEED },
    );
    computed.set(def.id, numeric);
    // Not vacuous: a fair share of the generated calls computed a number (cross-argument checks,
    // such as sovereign <= total revenue, reject some).
    expect(numeric).toBeGreaterThan(150);
  });
});

// ---------------------------------------------------------------------------------------------
// (b) A row and the same data as a column
// ---------------------------------------------------------------------------------------------

const series = REGISTRY.filter((d) => d.kind === "series");
const elementwise = REGISTRY.filter((d) => d.kind === "elementwise");

/** Series arguments laid out as rows, a copy with them as columns, and (optionally) one bad cell. */
function seriesPair(def: FunctionDefinition) {
  return fc
    .tuple(
      fc.integer({ min: 1, max: 8 }),
      fc.option(fc.record({ param: fc.nat(def.params.length - 1), at: fc.nat(7), cell: messyCell }), { freq: 3 }),
    )
    .chain(([n, bad]) =>
      fc.tuple(
        ...def.params.map((spec, i): fc.Arbitrary<{ row: Arg; column: Arg }> => {
          if (spec.kind === "series") {
            return fc.array(validNumber(spec) as fc.Arbitrary<Cell>, { minLength: n, maxLength: n }).map((xs) => {
              const cells = bad && bad.param === i ? xs.map((x, k) => (k === bad.at % n ? bad.cell : x)) : xs;
              return { row: orient(cells, false), column: orient(cells, true) };
            });
          }
          if (spec.kind === "number") return validNumber(spec).map((x) => ({ row: x, column: x }));
          return fc.constant({ row: null, column: null }); // output: set by the test
        }),
      ),
    )
    .map((pairs) => ({ row: pairs.map((p) => p.row), column: pairs.map((p) => p.column) }));
}

describe.each(series.map((def) => ({ def, id: def.id })))("(b) $id: a row and a column", ({ def }) => {
  test("give the same value, status and detail (and the same error, naming the same period)", () => {
    fc.assert(
      fc.property(seriesPair(def), ({ row, column }) => {
        for (const output of OUTPUTS) expect(run(def, column, output)).toEqual(run(def, row, output));
      }),
      { numRuns: 1000, seed: SEED },
    );
  });
});

/** Element-wise arguments over one row of n periods (some broadcast from one cell), and the same as columns. */
function elementwisePair(def: FunctionDefinition) {
  return fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.option(fc.record({ param: fc.nat(def.params.length - 1), at: fc.nat(7), cell: messyCell }), { freq: 3 }))
    .chain(([n, bad]) =>
      fc.tuple(
        ...def.params.map((spec, i): fc.Arbitrary<Arg> => {
          if (spec.kind === "cells") {
            const rowOf = fc.array(validNumber(spec) as fc.Arbitrary<Cell>, { minLength: n, maxLength: n }).map((xs) => [
              bad && bad.param === i ? xs.map((x, k) => (k === bad.at % n ? bad.cell : x)) : xs,
            ]);
            return fc.oneof({ weight: 3, arbitrary: rowOf }, { weight: 1, arbitrary: validNumber(spec) as fc.Arbitrary<Arg> });
          }
          if (spec.kind === "number") return validNumber(spec) as fc.Arbitrary<Arg>;
          return fc.constant(null);
        }),
      ),
    );
}

const transposeArgs = (args: readonly Arg[]): Arg[] => args.map((a) => (Array.isArray(a) ? transpose(a as Cell[][]) : a));

describe.each(elementwise.map((def) => ({ def, id: def.id })))("(b) $id: a row and a column", ({ def }) => {
  test("spill transposed results for value and status, and the same detail table", () => {
    fc.assert(
      fc.property(elementwisePair(def), (row) => {
        const column = transposeArgs(row);
        for (const output of ["value", "status"]) {
          const r = run(def, row, output);
          const c = run(def, column, output);
          // A whole-call error is one cell either way; otherwise the spill is transposed.
          expect(c).toEqual(r.length === 1 && r[0].length === 1 ? r : transpose(r));
        }
        expect(run(def, column, "detail")).toEqual(run(def, row, "detail"));
      }),
      { numRuns: 1000, seed: SEED },
    );
  });

  test("a 2-D block and its transpose give transposed values and statuses", () => {
    const block = fc
      .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 }))
      .chain(([rows, cols]) =>
        fc.tuple(
          ...def.params.map((spec): fc.Arbitrary<Arg> => {
            const cell = validNumber(spec) as fc.Arbitrary<Cell>;
            if (spec.kind === "cells") return fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
            return spec.kind === "number" ? (cell as fc.Arbitrary<Arg>) : fc.constant(null);
          }),
        ),
      );
    fc.assert(
      fc.property(block, (args) => {
        for (const output of ["value", "status"]) {
          const r = run(def, args, output);
          const t = run(def, transposeArgs(args), output);
          if (r.length === 1 && r[0].length === 1) {
            // A whole-call error: the same code (its message names row and column, which swap).
            expect(isError(t[0][0]) && isError(r[0][0]) && t[0][0].code === r[0][0].code).toBe(true);
          } else {
            expect(t).toEqual(transpose(r));
          }
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

test("(b) SCORE: a block of statuses and its transpose score the same", () => {
  const status = fc.constantFrom<Cell>("RED", "watch", " OK ", null, 0, "");
  fc.assert(
    fc.property(
      fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })).chain(([r, c]) => fc.array(fc.array(status, { minLength: c, maxLength: c }), { minLength: r, maxLength: r })),
      (block) => {
        expect(excelCall("SCORE", [transpose(block)])).toEqual(excelCall("SCORE", [block]));
      },
    ),
    { numRuns: 500, seed: SEED },
  );
});

// ---------------------------------------------------------------------------------------------
// (c) Oldest first
// ---------------------------------------------------------------------------------------------

describe("(c) series are oldest first", () => {
  test("docs/conventions.md says so, and so does the first series argument of every series function", () => {
    const conventions = readFileSync(resolve(__dirname, "../../docs/conventions.md"), "utf8");
    expect(conventions).toMatch(/\*\*oldest period first\*\*/);
    for (const def of series) {
      const first = def.params.find((p) => p.kind === "series")!;
      expect({ id: def.id, says: /oldest\b.*\bfirst/.test(first.description) }).toEqual({ id: def.id, says: true });
    }
  });

  /** n >= 2 strictly increasing positive whole numbers, oldest first. */
  const growing = (min: number, max: number) =>
    fc
      .uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: min, maxLength: max })
      .map((xs) => [...xs].sort((a, b) => a - b));
  const detail = (id: string, args: Arg[]) => {
    const table = run(byId(id), args, "detail");
    return (label: string) => table.find((r) => r[0] === label)![1];
  };
  const reversed = <T>(xs: readonly T[]) => [...xs].reverse();

  test("GROSSMARGINGAP: growing revenue has positive growth; reversed, negative growth and the margin change's sign flips", () => {
    fc.assert(
      fc.property(growing(2, 8), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 8, maxLength: 8 }), (revenue, costs) => {
        const cost = costs.slice(0, revenue.length);
        const forward = detail("GROSSMARGINGAP", [[revenue], [cost], null, null]);
        const backward = detail("GROSSMARGINGAP", [[reversed(revenue)], [reversed(cost)], null, null]);
        expect(forward("Revenue growth (CAGR)")).toBeGreaterThan(0);
        expect(backward("Revenue growth (CAGR)")).toBeLessThan(0);
        const label = byId("GROSSMARGINGAP").words.valueLabel;
        expect(backward(label)).toBe(-(forward(label) as number));
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  test("CAPEXCREEP: guidance raised at every step counts n - 1 upward revisions; reversed, none, and status OK", () => {
    fc.assert(
      fc.property(growing(2, 8), (guidance) => {
        const forward = detail("CAPEXCREEP", [[guidance], null]);
        const backward = detail("CAPEXCREEP", [[reversed(guidance)], null]);
        expect(forward("Upward revisions")).toBe(guidance.length - 1);
        expect(backward("Upward revisions")).toBe(0);
        expect(forward("Guidance growth (first to latest)")).toBeGreaterThan(0);
        expect(backward("Guidance growth (first to latest)")).toBeLessThan(0);
        expect(backward("Status")).toBe("OK");
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  test("DEPCLIFF: reversing growing capex makes the big vintages the old ones: older, less book value left", () => {
    const lives = fc.tuple(fc.integer({ min: 5, max: 200 }), fc.integer({ min: 5, max: 200 })).map(([b, e]) => [b / 4, e / 4]);
    fc.assert(
      fc.property(growing(2, 8), lives, (capex, [book, economic]) => {
        const forward = detail("DEPCLIFF", [[capex], book, economic]);
        const backward = detail("DEPCLIFF", [[reversed(capex)], book, economic]);
        expect(backward("Average age of capex (years)")).toBeGreaterThan(forward("Average age of capex (years)") as number);
        // Each vintage keeps max(0, 1 - age / life), less the older it is (strictly while the life is over a year).
        expect(backward("Net book value, book life")).toBeLessThan(forward("Net book value, book life") as number);
        expect(backward("Net book value, economic life")).toBeLessThanOrEqual(forward("Net book value, economic life") as number);
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  test("DEPCLIFF: with every vintage inside the economic life and a longer book life, reversing a growing series raises the value", () => {
    // Per vintage of age a <= economic < book: (1 - a/book) - (1 - a/economic) = a (1/economic - 1/book),
    // growing with age: the value is largest when the old vintages are the big ones.
    const input = growing(2, 8).chain((capex) =>
      fc
        .integer({ min: capex.length * 4, max: 196 })
        .chain((e4) => fc.integer({ min: e4 + 1, max: 200 }).map((b4) => ({ capex, economic: e4 / 4, book: b4 / 4 }))),
    );
    fc.assert(
      fc.property(input, ({ capex, economic, book }) => {
        const value = (xs: number[]) => run(byId("DEPCLIFF"), [[xs], book, economic], "value")[0][0] as number;
        expect(value(reversed(capex))).toBeGreaterThan(value(capex));
      }),
      { numRuns: 500, seed: SEED },
    );
  });
});

afterAll(() => {
  const counts = [...computed.entries()].map(([id, n]) => `${id} ${n}`).join(", ");
  console.log(`Metamorphic (a): generated calls, of 1,000 per function, that computed a number: ${counts}`);
});

// ---------------------------------------------------------------------------------------------
// (d) What the depreciation flags' statuses can and cannot say
// ---------------------------------------------------------------------------------------------

describe("(d) DEPCLIFF and DEPGAP", () => {
  const capexOf = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 });
  const life = fc.integer({ min: 1, max: 800 }).map((k) => k / 16);
  const income = fc.integer({ min: -1_000_000, max: 1_000_000 });

  test("without operating income the status is never RED; the value does not depend on operating income", () => {
    fc.assert(
      fc.property(capexOf, life, life, income, (capex, book, economic, oi) => {
        for (const id of ["DEPCLIFF", "DEPGAP"]) {
          const def = byId(id);
          expect(run(def, [[capex], book, economic, null], "status")[0][0]).not.toBe("RED");
          expect(run(def, [[capex], book, economic, oi], "value")).toEqual(run(def, [[capex], book, economic, null], "value"));
        }
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  test("DEPGAP with fewer than book life + 0.5 years of capex is never RED, whatever the operating income", () => {
    fc.assert(
      fc.property(capexOf, life, life, income, (capex, book, economic, oi) => {
        fc.pre(capex.length < book + 0.5);
        expect(run(byId("DEPGAP"), [[capex], book, economic, oi], "status")[0][0]).not.toBe("RED");
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  test("both are linear in capex: a hardware share h of capex gives h times the value, and the same status", () => {
    fc.assert(
      fc.property(capexOf, life, life, income, fc.integer({ min: 1, max: 64 }), (capex, book, economic, oi, h64) => {
        const h = h64 / 64; // exact in binary, so capex x h is exact
        for (const id of ["DEPCLIFF", "DEPGAP"]) {
          const def = byId(id);
          const whole = run(def, [[capex], book, economic, oi / h], "value")[0][0] as number;
          const share = run(def, [[capex.map((c) => c * h)], book, economic, oi], "value")[0][0] as number;
          expect(near(share, whole * h, Math.max(...capex) * capex.length)).toBe(true);
          expect(run(def, [[capex.map((c) => c * h)], book, economic, oi], "status")).toEqual(run(def, [[capex], book, economic, oi / h], "status"));
        }
      }),
      { numRuns: 500, seed: SEED },
    );
  });
});
