import { REGISTRY } from "../../src/core/registry";
import { call } from "../helpers/call";

describe("FLAGS", () => {
  test("spills one row per function in the registry, utilities included, in display order", () => {
    const t = call("FLAGS");
    expect(t).toHaveLength(REGISTRY.length);
    expect(t.map((r) => r[0])).toEqual(REGISTRY.map((d) => `AIFLAG.${d.id}`));
    expect(t.map((r) => r[0])).toEqual(expect.arrayContaining(["AIFLAG.EXPLAIN", "AIFLAG.FLAGS", "AIFLAG.SCORE"]));
  });

  test("each row: name, title, one-line summary", () => {
    const t = call("FLAGS");
    REGISTRY.forEach((def, i) => {
      expect(t[i]).toEqual([`AIFLAG.${def.id}`, def.words.title, def.words.summary]);
    });
  });

  test("the first row is the first red flag", () => {
    expect(REGISTRY[0].group).toBe("redflags");
    expect(call("FLAGS")[0][0]).toBe(`AIFLAG.${REGISTRY[0].id}`);
  });
});
