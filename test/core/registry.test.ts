import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { GROUPS, type FunctionDefinition } from "../../src/core/framework/definition";
import { REGISTRY, findFunction } from "../../src/core/registry";

const groupIds: readonly string[] = GROUPS.map((g) => g.id);
const flags = REGISTRY.filter((d) => d.kind !== "utility");
const utilities = REGISTRY.filter((d) => d.kind === "utility");

describe("the registry", () => {
  test("holds every flag defined in src/core/flags, and the utilities", () => {
    // A flag file exports its definition (a value with an id and run); forgetting the registry line fails here.
    const dir = resolve(__dirname, "../../src/core/flags");
    const defined = readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      .flatMap((f) => Object.values(require(resolve(dir, f)) as Record<string, unknown>))
      .filter((x): x is FunctionDefinition => typeof x === "object" && x !== null && "id" in x && "run" in x);
    expect(defined.length).toBeGreaterThan(0);
    for (const def of defined) expect({ id: def.id, registered: REGISTRY.includes(def) }).toEqual({ id: def.id, registered: true });
    expect(flags).toHaveLength(defined.length);
    expect(utilities.map((d) => d.id).sort()).toEqual(["EXPLAIN", "FLAGS", "SCORE"]);
  });

  test("ids are unique and upper-case", () => {
    const ids = REGISTRY.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  test("group ids are valid, and the order follows GROUPS: red flags first, utilities last", () => {
    for (const def of REGISTRY) expect(groupIds).toContain(def.group);
    const ranks = REGISTRY.map((d) => groupIds.indexOf(d.group));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(REGISTRY[0].group).toBe("redflags");
    expect(REGISTRY[REGISTRY.length - 1].group).toBe("utilities");
  });

  test("utilities, and only utilities, are in the utilities group", () => {
    for (const def of REGISTRY) expect(def.kind === "utility").toBe(def.group === "utilities");
  });

  test("every function has its words", () => {
    for (const def of REGISTRY) {
      const w = def.words;
      for (const key of ["title", "summary", "why", "watch", "method", "thresholds", "valueLabel"] as const) {
        expect({ id: def.id, key, ok: w[key].trim().length > 0 }).toEqual({ id: def.id, key, ok: true });
      }
    }
  });

  test("every flag with a status states the case for optimism", () => {
    for (const def of flags.filter((d) => d.hasStatus)) {
      expect({ id: def.id, optimism: (def.words.optimism ?? "").length > 0 }).toEqual({ id: def.id, optimism: true });
    }
  });

  test("every parameter has a description, and names are unique within a function", () => {
    for (const def of REGISTRY) {
      for (const p of def.params) expect({ id: def.id, param: p.name, ok: p.description.trim().length > 0 }).toEqual({ id: def.id, param: p.name, ok: true });
      const names = def.params.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  test("every flag's last parameter is output; utilities have none", () => {
    for (const def of flags) expect({ id: def.id, last: def.params[def.params.length - 1]?.name }).toEqual({ id: def.id, last: "output" });
    for (const def of utilities) expect(def.params.map((p) => p.name)).not.toContain("output");
  });

  test("optional parameters come after the required ones", () => {
    for (const def of REGISTRY) {
      const firstOptional = def.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) for (const p of def.params.slice(firstOptional)) expect({ id: def.id, p: p.name, optional: p.optional }).toEqual({ id: def.id, p: p.name, optional: true });
    }
  });

  test("every flag with a status has an example with a status; functions without one have none", () => {
    for (const def of REGISTRY) {
      const withStatus = def.examples.filter((e) => e.status !== undefined).length;
      if (def.hasStatus) expect({ id: def.id, withStatus: withStatus > 0 }).toEqual({ id: def.id, withStatus: true });
      else expect({ id: def.id, withStatus }).toEqual({ id: def.id, withStatus: 0 });
    }
  });

  test("a function has no status exactly when its thresholds say it is not a flag; every utility has none", () => {
    for (const def of REGISTRY) {
      expect({ id: def.id, hasStatus: def.hasStatus }).toEqual({ id: def.id, hasStatus: !def.words.thresholds.startsWith("Not a flag") });
    }
    for (const def of utilities) expect({ id: def.id, hasStatus: def.hasStatus }).toEqual({ id: def.id, hasStatus: false });
  });

  test("findFunction finds every function by any spelling of its name", () => {
    for (const def of REGISTRY) {
      expect(findFunction(def.id)).toBe(def);
      expect(findFunction(`aiflag.${def.id.toLowerCase()}`)).toBe(def);
      expect(findFunction(` AIFLAG.${def.id} `)).toBe(def);
    }
    expect(findFunction("NOPE")).toBeUndefined();
  });
});
