import { CAPEXCREEP_THRESHOLDS, capexCreep, classifyCapexCreep } from "../../src/core/flags/capexCreep";
import { call, call1, col, detailValue, expectError, row } from "../helpers/call";

const CC = "CAPEXCREEP";
const status = (g: number[], c?: number[]) => call1(CC, row(...g), c ? row(...c) : null, "status");

describe("CAPEXCREEP worked cases", () => {
  test("worked example: {60,64,72,80} against {100,102,104,105} -> 1/3 - 0.05 = 0.28333, RED", () => {
    expect(call1(CC, row(60, 64, 72, 80), row(100, 102, 104, 105))).toBeCloseTo(0.2833333333333, 12);
    expect(status([60, 64, 72, 80], [100, 102, 104, 105])).toBe("RED");
    const d = call(CC, row(60, 64, 72, 80), row(100, 102, 104, 105), "detail");
    expect(detailValue(d, "Announcements")).toBe(4);
    expect(detailValue(d, "Upward revisions")).toBe(3);
    expect(detailValue(d, "First guidance")).toBe(60);
    expect(detailValue(d, "Latest guidance")).toBe(80);
    expect(detailValue(d, "Guidance growth (first to latest)")).toBeCloseTo(1 / 3, 15);
    expect(detailValue(d, "Commitment growth (first to latest)")).toBeCloseTo(0.05, 15);
    expect(String(detailValue(d, "Reason"))).toMatch(/raised 3 times, from 60 to 80 \(\+33\.3%\), while commitments grew \+5%/);
  });

  test("Alphabet's 2025 guidance ($M) 75,000 -> 85,000 -> 92,000 alone: 17/75 = 0.22667, raised twice, but WATCH without commitments", () => {
    expect(call1(CC, row(75000, 85000, 92000))).toBeCloseTo(0.2266666666667, 12);
    expect(status([75000, 85000, 92000])).toBe("WATCH");
    const d = call(CC, row(75000, 85000, 92000), null, "detail");
    expect(detailValue(d, "Commitment growth (first to latest)")).toBe("not given");
    expect(String(detailValue(d, "Reason"))).toBe(
      "Guidance was raised twice, from 75,000 to 92,000 (+22.7%), with no commitments given to set against it. Give " +
        "commitments (backlog, RPO) at the same dates: only they can show spending running ahead of signed demand, which a RED needs.",
    );
  });

  test("the same against Google Cloud backlog 93,200 -> 106,000 -> 155,000: 17/75 - 61.8/93.2 = -0.43642, OK", () => {
    expect(call1(CC, row(75000, 85000, 92000), row(93200, 106000, 155000))).toBeCloseTo(17 / 75 - 618 / 932, 12);
    expect(call1(CC, row(75000, 85000, 92000), row(93200, 106000, 155000))).toBeCloseTo(-0.43642, 5);
    expect(status([75000, 85000, 92000], [93200, 106000, 155000])).toBe("OK");
    // the last two revisions alone: 7,000 / 85,000 - 49,000 / 106,000 = -0.37991, OK
    expect(call1(CC, row(85000, 92000), row(106000, 155000))).toBeCloseTo(-0.37991, 5);
  });

  test("guidance printed negative is read as a magnitude; a column equals a row", () => {
    const base = call1(CC, row(60, 64, 72, 80), row(100, 102, 104, 105));
    expect(call1(CC, row(-60, -64, -72, -80), row(100, 102, 104, 105))).toBe(base);
    expect(call1(CC, col(60, 64, 72, 80), col(100, 102, 104, 105))).toBe(base);
  });
});

describe("CAPEXCREEP rules", () => {
  test("RED needs two upward revisions: one big rise is WATCH", () => {
    expect(call1(CC, row(100, 150))).toBe(0.5);
    expect(status([100, 150])).toBe("WATCH");
  });
  test("RED needs the value strictly above 0.10: exactly +10% over two rises is WATCH", () => {
    expect(call1(CC, row(100, 105, 110), row(100, 100, 100))).toBe(0.1);
    expect(status([100, 105, 110], [100, 100, 100])).toBe("WATCH");
    expect(status([100, 105, 111], [100, 100, 100])).toBe("RED");
  });
  test("RED needs commitments: without them any rise is at most WATCH", () => {
    expect(status([60, 64, 72, 80], [100, 102, 104, 105])).toBe("RED");
    expect(status([60, 64, 72, 80])).toBe("WATCH");
    expect(status([100, 200, 400, 800])).toBe("WATCH");
  });
  test("WATCH needs the value strictly above 0: guidance and commitments growing alike is OK", () => {
    expect(call1(CC, row(100, 110), row(100, 110))).toBe(0);
    expect(status([100, 110], [100, 110])).toBe("OK");
    expect(status([100, 105])).toBe("WATCH");
  });
  test("no upward revision is OK even when commitments fell (value > 0)", () => {
    expect(call1(CC, row(100, 100), row(100, 50))).toBe(0.5);
    expect(status([100, 100], [100, 50])).toBe("OK");
  });
  test("only rises count as upward revisions: a cut then a restore is one revision", () => {
    expect(detailValue(call(CC, row(100, 90, 100), null, "detail"), "Upward revisions")).toBe(1);
    expect(status([100, 90, 100])).toBe("OK"); // value 0
    expect(detailValue(call(CC, row(100, 90, 95, 120), null, "detail"), "Upward revisions")).toBe(2);
    expect(status([100, 90, 95, 120], [10, 10, 10, 10])).toBe("RED"); // value 0.2
  });
  test("an unchanged figure is not an upward revision", () => {
    expect(detailValue(call(CC, row(100, 100, 120), null, "detail"), "Upward revisions")).toBe(1);
    expect(status([100, 100, 120])).toBe("WATCH");
  });
  test("commitments growing faster than guidance make the value negative: OK however often guidance rose", () => {
    expect(call1(CC, row(100, 110, 120, 130), row(100, 150, 200, 250))).toBeCloseTo(0.3 - 1.5, 12);
    expect(status([100, 110, 120, 130], [100, 150, 200, 250])).toBe("OK");
  });
  test("the classification constants, tested at their edges", () => {
    expect(CAPEXCREEP_THRESHOLDS.red).toEqual({ revisions: 2, excess: 0.1 });
    expect(classifyCapexCreep(0.1, 2, true)).toBe("WATCH");
    expect(classifyCapexCreep(0.1000001, 2, true)).toBe("RED");
    expect(classifyCapexCreep(0.1000001, 2, false)).toBe("WATCH");
    expect(classifyCapexCreep(5, 1, true)).toBe("WATCH");
    expect(classifyCapexCreep(0.0001, 1, false)).toBe("WATCH");
    expect(classifyCapexCreep(0, 5, true)).toBe("OK");
    expect(classifyCapexCreep(0, 5, false)).toBe("OK");
    expect(classifyCapexCreep(1, 0, true)).toBe("OK");
  });
  test("the threshold words come from the constants", () => {
    expect(capexCreep.words.thresholds).toContain("at least twice and the value is above 10%");
    expect(capexCreep.words.thresholds).toContain("at least once and the value is above 0%");
    expect(capexCreep.words.thresholds).toContain("RED when commitments are given");
    expect(capexCreep.words.thresholds).toContain("without them the status is at most WATCH");
  });
});

describe("CAPEXCREEP errors", () => {
  test("one announcement has no revision", () => {
    expectError(call1(CC, row(75000)), "#VALUE!", "guidance needs at least 2 announcements");
  });
  test("commitments must match guidance in length", () => {
    expectError(call1(CC, row(1, 2, 3), row(1, 2)), "#VALUE!", "guidance has 3 announcements but commitments has 2");
    expectError(call1(CC, row(1, 2), 5), "#VALUE!", "guidance has 2 announcements but commitments has 1");
  });
  test("guidance must be non-zero and commitments positive, naming the period", () => {
    expectError(call1(CC, row(75, 0)), "#VALUE!", "guidance, period 2: 0 must be > 0");
    expectError(call1(CC, row(75, 85), row(-5, 10)), "#VALUE!", "commitments, period 1: -5 must be > 0");
  });
  test("a block is not a series; text is not a number", () => {
    expectError(call1(CC, [[1, 2], [3, 4]]), "#VALUE!", /guidance must be one row or one column/);
    expectError(call1(CC, row(1, "tbd")), "#VALUE!", 'guidance, period 2: "tbd" is not a number');
  });
});
