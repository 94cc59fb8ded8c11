/**
 * CAPEXCREEP: red flag 2, capex guidance that keeps rising without milestones.
 *
 * Guidance G_1..G_n is successive guidance for ONE fiscal year (n >= 2, oldest first);
 * commitments C_1..C_n (backlog, RPO) are optional, at the same dates.
 *
 *   value = (G_n - G_1) / G_1 - (C_n - C_1) / C_1     guidance growth beyond commitment growth
 *           (the second term is 0 when commitments are omitted)
 *   u     = number of upward revisions (G_i > G_i-1)
 *
 *   RED   if commitments are given, u >= 2 and value > 0.10
 *   WATCH if u >= 1 and value > 0 (so without commitments, any rise is at most WATCH)
 *   OK    otherwise
 * Without commitments the value is guidance growth alone: it cannot tell spending ahead of
 * demand from spending behind signed demand, so it never reaches RED.
 */
import { fail, valueError } from "../cells/errors";
import { defineSeriesFlag } from "../framework/defineFlag";
import { above, type Status } from "../framework/status";
import { formatAmount, formatPercent, formatPlain } from "../format/numbers";
import { param } from "../params/spec";

/** Each level needs at least `revisions` upward revisions and an excess strictly above `excess`. */
export const CAPEXCREEP_THRESHOLDS = {
  red: { revisions: 2, excess: 0.1 },
  watch: { revisions: 1, excess: 0 },
} as const;
const T = CAPEXCREEP_THRESHOLDS;

export function classifyCapexCreep(value: number, upwardRevisions: number, withCommitments: boolean): Status {
  if (withCommitments && upwardRevisions >= T.red.revisions && above(value, T.red.excess)) return "RED";
  if (upwardRevisions >= T.watch.revisions && above(value, T.watch.excess)) return "WATCH";
  return "OK";
}

const pointsText = (x: number) => `${formatPlain(x * 100)} percentage points`;
const signedPercent = (x: number) => `${x > 0 ? "+" : ""}${formatPercent(x)}`;
const timesText = (k: number) => (k === 1 ? "once" : k === 2 ? "twice" : `${formatPlain(k)} times`);

export const capexCreep = defineSeriesFlag({
  id: "CAPEXCREEP",
  group: "redflags",
  valueKind: "share",
  params: [
    param.series(
      "guidance",
      "spend",
      "Successive capex guidance for one fiscal year, oldest announcement first (at least 2); sign ignored, each > 0.",
      { rule: { min: 0, minExclusive: true } },
    ),
    param.maybeSeries(
      "commitments",
      "money",
      "Backlog or remaining performance obligations at the same announcements, same length, each > 0. Optional, but " +
        "without it the status is at most WATCH.",
      { rule: { min: 0, minExclusive: true } },
    ),
  ],
  words: {
    title: "Capex guidance creep",
    valueLabel: "Guidance growth beyond commitment growth",
    summary:
      "How much a year's capex guidance has risen since it was first given, beyond the growth in signed customer commitments.",
    why:
      "Raising capex guidance again and again, citing \"demand signals\", commits money before the demand is contracted. " +
      "Backlog and remaining performance obligations are the closest thing in a filing to demand that customers have " +
      "signed for. When guidance grows faster than those commitments, the spending is running ahead of evidence and the " +
      "cost lands in depreciation for years whether or not the demand arrives.",
    watch:
      "How often guidance was raised and by how much, what was said to justify each rise (new contracts, utilisation " +
      "figures, or only demand signals), and whether backlog or RPO moved with it. Use guidance for one fiscal year only, " +
      "in the order it was announced, and commitments measured at the same dates: without commitments the function sees " +
      "only that guidance rose, which is at most WATCH.",
    optimism:
      "Capacity takes years to build, so some spending has to precede contracts, and a rising backlog can follow the build " +
      "with a lag. Guidance raised alongside faster-growing commitments is the pattern of demand being met, and this " +
      "function then returns a negative value.",
    method:
      "Guidance growth = (G_n - G_1) / G_1, from the first to the latest guidance. Commitment growth = (C_n - C_1) / C_1 " +
      "(0 when no commitments are given). Value = guidance growth - commitment growth. Upward revisions u = the number of " +
      "times a guidance figure is above the one before it.",
    thresholds:
      `RED when commitments are given, guidance was raised at least ${timesText(T.red.revisions)} and the value is above ` +
      `${formatPercent(T.red.excess)} (guidance outgrew commitments by more than ${pointsText(T.red.excess)}). WATCH ` +
      `when guidance was raised at least ${timesText(T.watch.revisions)} and the value is above ` +
      `${formatPercent(T.watch.excess)}, with or without commitments. OK otherwise. One rise can be news; repeated ` +
      "rises that outrun signed demand are the pattern the analysis warns about, and only commitments can show that " +
      "demand was not signed: without them the status is at most WATCH.",
  },
  examples: [
    {
      args: [[60, 64, 72, 80], [100, 102, 104, 105]],
      expected: 0.28333333333333333,
      status: "RED",
      note: "Guidance raised three times (+33.3%) while backlog grew 5%: RED.",
    },
    {
      args: [[75000, 85000, 92000]],
      expected: 17000 / 75000,
      status: "WATCH",
      note:
        "Alphabet's 2025 capex guidance ($M), announced 4 Feb, 23 Jul and 29 Oct 2025: 75,000, 85,000, 92,000; raised " +
        "twice, +22.7%, with no commitments given: WATCH at most.",
    },
    {
      args: [[75000, 85000, 92000], [93200, 106000, 155000]],
      expected: 17000 / 75000 - 61800 / 93200,
      status: "OK",
      note:
        "The same against Google Cloud backlog at those dates ($M): 93,200, 106,000, 155,000. Backlog grew 66.3%, " +
        "guidance 22.7%: spending followed signed demand, OK.",
    },
  ],
  check(a) {
    if (a.guidance.length < 2) fail(valueError("guidance needs at least 2 announcements to show a revision"));
    if (a.commitments && a.commitments.length !== a.guidance.length) {
      fail(valueError(`guidance has ${a.guidance.length} announcements but commitments has ${a.commitments.length}`));
    }
  },
  measure(a) {
    const g = a.guidance;
    const n = g.length;
    const guidanceGrowth = (g[n - 1] - g[0]) / g[0];
    const c = a.commitments;
    const commitmentGrowth = c ? (c[n - 1] - c[0]) / c[0] : undefined;
    let upward = 0;
    for (let i = 1; i < n; i++) if (g[i] > g[i - 1]) upward++;
    return { value: guidanceGrowth - (commitmentGrowth ?? 0), guidanceGrowth, commitmentGrowth, upward, announcements: n };
  },
  classify: (m) => classifyCapexCreep(m.value, m.upward, m.commitmentGrowth !== undefined),
  explain(m, a) {
    const first = a.guidance[0];
    const latest = a.guidance[a.guidance.length - 1];
    const path = `from ${formatAmount(first)} to ${formatAmount(latest)} (${signedPercent(m.guidanceGrowth)})`;
    const raised = m.upward === 0 ? "never raised" : `raised ${timesText(m.upward)}`;
    const against =
      m.commitmentGrowth === undefined
        ? "with no commitments given to set against it"
        : `while commitments grew ${signedPercent(m.commitmentGrowth)}`;
    return {
      figures: [
        { label: "Announcements", value: m.announcements },
        { label: "Upward revisions", value: m.upward },
        { label: "First guidance", value: first, kind: "amount" },
        { label: "Latest guidance", value: latest, kind: "amount" },
        { label: "Guidance growth (first to latest)", value: m.guidanceGrowth, kind: "share" },
        { label: "Commitment growth (first to latest)", value: m.commitmentGrowth ?? "not given", kind: "share" },
      ],
      reasons: {
        RED: `Guidance was ${raised}, ${path}, ${against}: spending is rising ahead of signed demand.`,
        WATCH:
          m.commitmentGrowth === undefined
            ? `Guidance was ${raised}, ${path}, ${against}. Give commitments (backlog, RPO) at the same dates: only they ` +
              "can show spending running ahead of signed demand, which a RED needs."
            : `Guidance was ${raised}, ${path}, ${against}: more than commitments support.`,
        OK: m.upward === 0 ? `Guidance was ${raised} (${path}).` : `Guidance was ${raised}, ${path}, ${against}: no faster than commitments.`,
      },
    };
  },
});
