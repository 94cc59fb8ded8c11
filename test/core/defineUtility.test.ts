/** The utilities' builder, on utilities of its own (not the registry's). */
import { defineUtility } from "../../src/core/framework/defineUtility";
import { invokeFunction } from "../../src/core/framework/invoke";
import { param } from "../../src/core/params/spec";
import { expectError } from "../helpers/call";

const words = { title: "t", summary: "s", why: "w", watch: "w", method: "m", thresholds: "Not a flag: no thresholds.", valueLabel: "v" };

const echo = defineUtility({
  id: "ECHO",
  words,
  params: [
    param.text("name", "A name to echo."),
    param.choice("style", "How to echo it", [{ text: "plain", description: "as given" }, { text: "loud", description: "in capitals" }], "plain"),
    param.number("times", "count", "How many times, 1 to 3; default 1.", { defaultValue: 1, rule: { min: 1, max: 3, integer: true } }),
  ],
  examples: [],
  compute: (a) => [Array.from({ length: a.times }, () => (a.style === "loud" ? a.name.toUpperCase() : a.name))],
});

describe("defineUtility", () => {
  test("a utility: in the utilities group, no status, the parameters as declared", () => {
    expect(echo).toMatchObject({ id: "ECHO", group: "utilities", kind: "utility", hasStatus: false });
    expect(echo.params.map((p) => p.name)).toEqual(["name", "style", "times"]);
  });

  test("reads each argument by its spec: text, choice in any case, number with its default", () => {
    expect(invokeFunction(echo, ["hi"])).toEqual([["hi"]]);
    expect(invokeFunction(echo, ["hi", "LOUD", 2])).toEqual([["HI", "HI"]]);
  });

  test("the readers' messages: a required text, a choice, a number out of its range", () => {
    expectError(invokeFunction(echo, [null])[0][0], "#VALUE!", "name is required: A name to echo.");
    expectError(invokeFunction(echo, ["hi", "whisper"])[0][0], "#VALUE!", 'style must be "plain" or "loud", not "whisper"');
    expectError(invokeFunction(echo, ["hi", null, 4])[0][0], "#VALUE!", /times: 4 must be a whole number from 1 to 3/);
  });

  test("every cell it returns is checked: NaN or Infinity is #N/A, a hole is blank", () => {
    const odd = defineUtility({ id: "ODD", words, params: [], examples: [], compute: () => [[Number.NaN, Infinity, 1], ["a"] as never] });
    const [row, second] = invokeFunction(odd, []);
    expectError(row[0], "#N/A", /too large or undefined/);
    expectError(row[1], "#N/A", /too large or undefined/);
    expect(row[2]).toBe(1);
    expect(second).toEqual(["a"]);
    const holes = defineUtility({ id: "HOLES", words, params: [], examples: [], compute: () => [[1, undefined as never, null as never]] });
    expect(invokeFunction(holes, [])).toEqual([[1, "", ""]]);
  });
});
