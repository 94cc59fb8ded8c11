/**
 * Every worked example in the registry (the ones the cards and docs show) holds when run
 * through the same entry point Excel calls.
 */
import { exampleRawArgs, formulaOf } from "../../src/core/docs/formula";
import { invokeFunction } from "../../src/core/framework/invoke";
import { REGISTRY } from "../../src/core/registry";

const cases = REGISTRY.flatMap((def) => def.examples.map((ex) => ({ def, ex, formula: formulaOf(def, ex.args) })));

test.each(cases)("$formula", ({ def, ex }) => {
  const got = invokeFunction(def, exampleRawArgs(ex.args))[0][0];
  if (typeof ex.expected === "number") {
    expect(typeof got).toBe("number");
    expect(got as number).toBeCloseTo(ex.expected, 9);
  } else {
    expect(got).toBe(ex.expected);
  }
});

const flagCases = cases.filter((c) => c.ex.status !== undefined);

test.each(flagCases)("$formula has status $ex.status", ({ def, ex }) => {
  const args = exampleRawArgs(ex.args);
  while (args.length < def.params.length - 1) args.push(null);
  expect(invokeFunction(def, [...args, "status"])[0][0]).toBe(ex.status);
});

test("every function has at least one worked example", () => {
  for (const def of REGISTRY) expect(def.examples.length).toBeGreaterThan(0);
});
