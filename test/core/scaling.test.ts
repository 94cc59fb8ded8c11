/**
 * Money scales together: multiplying every "money" and "spend" argument of a worked example
 * by 1,000 (thousands to millions) leaves its status unchanged. This checks the unit tags that
 * other tools rely on, on every example that has a status.
 */
import { exampleRawArgs, formulaOf } from "../../src/core/docs/formula";
import type { ExampleArg } from "../../src/core/framework/definition";
import { invokeFunction } from "../../src/core/framework/invoke";
import { REGISTRY } from "../../src/core/registry";

const scale = (arg: ExampleArg, k: number): ExampleArg =>
  typeof arg === "number" ? arg * k : Array.isArray(arg) ? arg.map((x: number) => x * k) : arg;

const cases = REGISTRY.flatMap((def) =>
  def.examples.filter((ex) => ex.status !== undefined).map((ex) => ({ def, ex, formula: formulaOf(def, ex.args) })),
);

test.each(cases)("$formula keeps its status when money is scaled by 1,000", ({ def, ex }) => {
  const scaled = ex.args.map((arg, i) => {
    const unit = def.params[i]?.unit;
    return unit === "money" || unit === "spend" ? scale(arg, 1000) : arg;
  });
  const args = exampleRawArgs(scaled);
  while (args.length < def.params.length - 1) args.push(null);
  expect(invokeFunction(def, [...args, "status"])[0][0]).toBe(ex.status);
});

test("the scaling covers every flag with a status", () => {
  const covered = new Set(cases.map((c) => c.def.id));
  for (const def of REGISTRY.filter((d) => d.hasStatus)) expect(covered.has(def.id)).toBe(true);
});
