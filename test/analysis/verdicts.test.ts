/**
 * Verdicts that depend on the company, not on the assumptions. On the four hyperscalers' real
 * figures (the embedded data), each flag's status is stated per company as the figures justify
 * it, and no flag may give the same non-OK status to every company: a regression that makes a
 * flag RED for everyone (total capex read as three-year hardware, a share of book value decided
 * by the lives alone, one year of conversion) fails here.
 *
 * Why each expectation holds, from the figures:
 * - FCFCONV (FCF / net income, finance leases subtracted where given): Amazon's FY2025 capex of
 *   $131.8B leaves $7.7B of FCF on $77.7B of profit (0.10x, RED); Microsoft 0.68x after $2.3B of
 *   lease principal, Alphabet 0.55x (net income swollen by equity gains), Meta 0.76x (net income
 *   cut by a $15.9B tax charge): WATCH. Conversion fell in each of the last two years at
 *   Alphabet, Amazon and Meta; Microsoft's rose in FY2024.
 * - DEPCLIFF / DEPGAP read capex x the hardware share calibrated on reported depreciation
 *   (Microsoft 0.77, Alphabet 0.57, Meta at most 0.62, Amazon at most 1: its only figure is D&A,
 *   which exceeds the schedule), against operating income. At a 3-year economic life the carrying
 *   value used up is a fifth to a half of operating income at Microsoft, Alphabet and Meta (WATCH)
 *   and more than it at Amazon (RED: operating income is $80.0B against $716.9B of revenue); at 5
 *   years only Amazon's upper-bound share still gives WATCH.
 * - CAPEXCREEP: Alphabet raised its 2025 guidance twice ($75B, $85B, $92B) while Google Cloud's
 *   backlog grew faster ($93.2B to $155B): OK. The others disclose no guidance here.
 * - GROSSMARGINGAP: none grew 30% a year over FY2023-FY2025 and no margin fell by 2 points: OK.
 */
import { analyseFinancials, type ComputedFlag, type FlagResult } from "../../src/analysis";
import { EMBEDDED } from "../../src/sources/embedded";

const ECONOMIC_LIFE = 3;
const analysed = EMBEDDED.map((f) => ({ ticker: f.company.ticker!, flags: analyseFinancials(f, { assumptions: { economic_life: ECONOMIC_LIFE } }).flags }));

function computed(flags: readonly FlagResult[], id: string): ComputedFlag | undefined {
  const f = flags.find((x) => x.id === id);
  return f?.state === "computed" ? f : undefined;
}

/** Status by ticker of a flag's result; "needs input" where it was not computed. */
function statuses(pick: (f: ComputedFlag) => unknown, id: string): Record<string, unknown> {
  return Object.fromEntries(analysed.map((a) => {
    const f = computed(a.flags, id);
    return [a.ticker, f ? pick(f) : "needs input"];
  }));
}

const atLife = (life: number) => (f: ComputedFlag) => f.sensitivity?.points.find((p) => p.life === life)?.status;

test("FCF conversion: the latest year, every year, and whether it fell in each of the last two", () => {
  expect(statuses((f) => f.status, "FCFCONV")).toEqual({ MSFT: "WATCH", GOOGL: "WATCH", AMZN: "RED", META: "WATCH" });
  expect(statuses((f) => f.byPeriod?.map((p) => p.status), "FCFCONV")).toEqual({
    MSFT: ["OK", "OK", "WATCH"],
    GOOGL: ["OK", "WATCH", "WATCH"],
    AMZN: ["OK", "WATCH", "RED"],
    META: ["OK", "OK", "WATCH"],
  });
  expect(statuses((f) => f.direction?.fellInLastTwo, "FCFCONV")).toEqual({ MSFT: false, GOOGL: true, AMZN: true, META: true });
});

test("the depreciation flags at economic lives of 3, 4 and 5 years, on hardware capex, against operating income", () => {
  expect(statuses(atLife(3), "DEPCLIFF")).toEqual({ MSFT: "WATCH", GOOGL: "WATCH", AMZN: "RED", META: "WATCH" });
  expect(statuses(atLife(4), "DEPCLIFF")).toEqual({ MSFT: "OK", GOOGL: "OK", AMZN: "RED", META: "OK" });
  expect(statuses(atLife(5), "DEPCLIFF")).toEqual({ MSFT: "OK", GOOGL: "OK", AMZN: "WATCH", META: "OK" });
  expect(statuses(atLife(3), "DEPGAP")).toEqual({ MSFT: "WATCH", GOOGL: "WATCH", AMZN: "RED", META: "WATCH" });
  expect(statuses(atLife(5), "DEPGAP")).toEqual({ MSFT: "OK", GOOGL: "OK", AMZN: "WATCH", META: "OK" });
});

test("the hardware shares the depreciation flags used, and where each came from", () => {
  expect(statuses((f) => [Math.round(f.hardwareShare!.value * 1000) / 1000, f.hardwareShare!.basis], "DEPCLIFF")).toEqual({
    MSFT: [0.768, "calibrated"],
    GOOGL: [0.575, "calibrated"],
    AMZN: [1, "upper-bound"],
    META: [0.623, "upper-bound"],
  });
});

test("capex creep and the gross-margin gap", () => {
  expect(statuses((f) => f.status, "CAPEXCREEP")).toEqual({ MSFT: "needs input", GOOGL: "OK", AMZN: "needs input", META: "needs input" });
  expect(statuses((f) => f.status, "GROSSMARGINGAP")).toEqual({ MSFT: "OK", GOOGL: "OK", AMZN: "OK", META: "OK" });
});

test("no flag, at any life or in any year, gives the same non-OK status to every company", () => {
  const results = new Map<string, unknown[]>();
  const add = (key: string, status: unknown) => results.set(key, [...(results.get(key) ?? []), status]);
  for (const a of analysed) {
    for (const f of a.flags) {
      if (f.state !== "computed") continue;
      add(f.id, f.status);
      for (const p of f.sensitivity?.points ?? []) add(`${f.id} at ${p.life} years`, p.status);
      for (const p of f.byPeriod ?? []) add(`${f.id} ${p.period}`, p.status);
    }
  }
  const uniform = [...results].filter(([, s]) => s.length === EMBEDDED.length && new Set(s).size === 1 && s[0] !== "OK").map(([key, s]) => `${key}: ${String(s[0])}`);
  expect(uniform).toEqual([]);
});
