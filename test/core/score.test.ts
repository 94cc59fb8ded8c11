import { naError } from "../../src/core/cells/errors";
import { STATUS_POINTS, score } from "../../src/core/utilities/score";
import { call, call1, col, expectError, row } from "../helpers/call";

const SC = "SCORE";

describe("SCORE", () => {
  test("points are RED 100, WATCH 50, OK 0, and the words say so", () => {
    expect(STATUS_POINTS).toEqual({ RED: 100, WATCH: 50, OK: 0 });
    expect(score.words.thresholds).toBe("Not a flag: no thresholds. Points per status: RED 100, WATCH 50, OK 0.");
  });

  test("the mean of the points", () => {
    expect(call1(SC, row("RED", "WATCH", "OK"))).toBe(50);
    expect(call1(SC, "RED")).toBe(100);
    expect(call1(SC, col("RED", "RED", "OK"))).toBeCloseTo(200 / 3, 12);
    expect(call1(SC, [["WATCH", "OK"], ["OK", "OK"]])).toBe(12.5);
  });

  test("case-insensitive and trimmed", () => {
    expect(call1(SC, row("red", " Watch ", "ok"))).toBe(50);
  });

  test("blanks, empty text, spaces and 0 are skipped", () => {
    expect(call1(SC, [["RED", null], [0, ""], ["   ", "WATCH"]])).toBe(75);
  });

  test("scores a flag's status output directly", () => {
    const statuses = call("FCFCONV", row(150, 149, 180), 100, 100, null, "status"); // WATCH, RED, OK
    expect(call1(SC, statuses)).toBe(50);
  });

  test("anything else is #VALUE! naming its row and column", () => {
    expectError(call1(SC, [["RED", "OK", null], ["OK", "OK", "REDD"]]), "#VALUE!", 'statuses, row 2, column 3: "REDD" is not RED, WATCH or OK');
    expectError(call1(SC, "GREEN"), "#VALUE!", 'statuses, row 1, column 1: "GREEN" is not RED, WATCH or OK');
    expectError(call1(SC, row("RED", true)), "#VALUE!", "statuses, row 1, column 2: TRUE is not RED, WATCH or OK");
    expectError(call1(SC, row("RED", 5)), "#VALUE!", "statuses, row 1, column 2: 5 is not RED, WATCH or OK");
  });

  test("nothing to score is #N/A", () => {
    expectError(call1(SC, [[null, 0], ["", " "]]), "#N/A", "no statuses to score");
    expectError(call1(SC, null), "#N/A", "no statuses to score");
  });

  test("an error in the range passes through", () => {
    const incoming = naError("from a flag");
    expect(call1(SC, [["RED", incoming]])).toBe(incoming);
  });
});
