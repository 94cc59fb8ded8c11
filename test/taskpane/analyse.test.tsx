/** @jest-environment jsdom */
/** The Analyse tab: a fake selection read through the host, the flags shown, formulas written beside. */
import { act, fireEvent, render, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { analyseSelection, writableFlags, type ComputedFlag, type NeedsInputFlag, type Selection } from "../../src/analysis";
import { NAMESPACE } from "../../src/core/docs/formula";
import { REGISTRY } from "../../src/core/registry";
import type { BesideResult, Host } from "../../src/host/host";
import { NOT_CONNECTED_MESSAGES } from "../../src/host/messages";
import { createNullHost } from "../../src/host/nullHost";
import { App } from "../../src/taskpane/App";
import { flagValueText } from "../../src/taskpane/flagValue";
import { installDomPolyfills } from "../helpers/dom";
import { fakeHost } from "./fakeHost";
import { ECONOMIC_LIFE_ESTIMATE } from "../../src/templates/lives";
import { SHAPE_NOTICES } from "../../src/sources/selection";

installDomPolyfills();
// Fluent UI renders slowly in jsdom, more so on a loaded machine.
import { MICROSOFT_MODEL_BLOCK } from "../helpers/modelBlock";

jest.setTimeout(30000);

/** A small labelled block: five line items across three fiscal years (Microsoft's, USD millions). */
const SELECTION: Selection = {
  sheet: "Model",
  address: "Model!B2:E7",
  values: MICROSOFT_MODEL_BLOCK,
};

const FEW = REGISTRY.slice(0, 1);

function panel(): HTMLElement {
  return document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

async function analyse(host: Host) {
  render(<App host={host} theme={webLightTheme} functions={FEW} />);
  await click(within(document.querySelector<HTMLElement>('[role="tablist"]')!).getByRole("tab", { name: "Analyse" }));
  await click(within(panel()).getByRole("button", { name: "Analyse selection" }));
}

/** The list item of a computed flag, found by its heading. */
function itemOf(title: string): HTMLElement {
  const heading = within(panel()).getByRole("heading", { level: 4, name: title });
  return heading.closest("li")!;
}

// The pane starts the economic life at AIFLAG's estimate (the core has no default for it).
const expected = analyseSelection(SELECTION, { assumptions: { economic_life: ECONOMIC_LIFE_ESTIMATE } });
const computed = expected.flags.filter((f): f is ComputedFlag => f.state === "computed");
const needs = expected.flags.filter((f): f is NeedsInputFlag => f.state === "needs-input");

test("the sample block computes some flags and leaves others needing input (the test's premise)", () => {
  expect(computed.map((f) => f.id)).toEqual(expect.arrayContaining(["GROSSMARGINGAP", "FCFCONV"]));
  expect(needs.length).toBeGreaterThan(0);
});

test("shows every computed flag with its value and status as analyseSelection computes them, and the rows it used", async () => {
  const host = fakeHost({ selection: { outcome: "read", selection: SELECTION } });
  await analyse(host);
  expect(host.readSelection).toHaveBeenCalledTimes(1);
  expect(within(panel()).getByRole("heading", { level: 3, name: `Flags computed (${computed.length})` })).toBeTruthy();
  for (const flag of computed) {
    const item = itemOf(flag.title);
    expect(within(item).getByText(`${NAMESPACE}.${flag.id}`)).toBeTruthy();
    expect(within(item).getByText(flagValueText(flag.id, flag.value))).toBeTruthy();
    if (typeof flag.status === "string") expect(within(item).getByText(flag.status)).toBeTruthy();
    for (const input of flag.inputs) expect(item.textContent).toContain(input.label);
  }
  const fcf = computed.find((f) => f.id === "FCFCONV")!;
  expect(fcf.value).toBeCloseTo(0.7032, 4);
  expect(within(itemOf(fcf.title)).getByText("0.70x")).toBeTruthy();
  expect(itemOf(fcf.title).textContent).toContain("Uses: Operating cash flow (E6); Capital expenditure (E7); Net income (E5)");
  expect(within(panel()).getAllByRole("status")[0].textContent).toBe(
    `Analysed: ${computed.length} of ${expected.flags.length} flags computed. The others need figures or assumptions: see below.`,
  );
});

test("lists the flags that need input with what is missing, closed at first, and the block's summary", async () => {
  await analyse(fakeHost({ selection: { outcome: "read", selection: SELECTION } }));
  expect(within(panel()).getByRole("heading", { level: 3, name: `Flags that need input (${needs.length})` })).toBeTruthy();
  const toggle = within(panel()).getByRole("button", { name: `Flags that need input (${needs.length})` });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  expect(within(panel()).queryByText(needs[0].message)).toBeNull();
  await click(toggle);
  expect(toggle.getAttribute("aria-expanded")).toBe("true");
  for (const flag of needs) expect(within(panel()).getByText(flag.message)).toBeTruthy();
  expect(within(panel()).getByText("Model, B2:E7: 5 rows recognised over 3 periods (FY2023 to FY2025), labels in the first column.")).toBeTruthy();
});

test("unrecognised labels and problems are shown, as text (markup in a label stays text)", async () => {
  const odd: Selection = {
    sheet: "Model",
    address: "A1:C3",
    values: [
      ["", "2024", "2025"],
      ['<img src="x" onerror="alert(1)">', 1, 2],
      ["Headcount", 10, 12],
    ],
  };
  await analyse(fakeHost({ selection: { outcome: "read", selection: odd } }));
  const analysis = analyseSelection(odd);
  expect(analysis.unrecognised.length).toBeGreaterThan(0);
  expect(within(panel()).getByRole("heading", { level: 3, name: `Labels not recognised (${analysis.unrecognised.length})` })).toBeTruthy();
  expect(within(panel()).getByText('<img src="x" onerror="alert(1)">')).toBeTruthy();
  expect(document.querySelector("img")).toBeNull();
  for (const p of analysis.problems) expect(within(panel()).getByText(p)).toBeTruthy();
  expect((within(panel()).getByRole("button", { name: "Write formulas beside the block" }) as HTMLButtonElement).disabled).toBe(true);
});

test("Write formulas beside the block: the host gets the analysis shown, and its sentence is shown", async () => {
  const beside: BesideResult = { outcome: "written", address: "Model!G2:J4", message: "Wrote 4 formulas in Model!G2:J4." };
  const host = fakeHost({ selection: { outcome: "read", selection: SELECTION }, beside });
  await analyse(host);
  await click(within(panel()).getByRole("button", { name: "Write formulas beside the block" }));
  expect(host.writeFormulasBeside).toHaveBeenCalledTimes(1);
  expect(host.writeFormulasBeside.mock.calls[0][0]).toEqual(expected);
  const statuses = within(panel()).getAllByRole("status");
  expect(statuses[statuses.length - 1].textContent).toBe(beside.message);
});

test("a selection the host cannot read: its sentence, and no flags", async () => {
  const message = "Select one block of cells (not several areas, a chart or a shape), then try again.";
  await analyse(fakeHost({ selection: { outcome: "unavailable", message } }));
  expect(within(panel()).getByRole("status").textContent).toBe(message);
  expect(within(panel()).queryByRole("heading", { level: 3 })).toBeNull();
  expect(within(panel()).queryByRole("button", { name: "Write formulas beside the block" })).toBeNull();
});

test("a failure while reading is shown, not swallowed", async () => {
  const host = fakeHost();
  host.readSelection.mockRejectedValueOnce(new Error("Lost the connection to Excel."));
  await analyse(host);
  expect(within(panel()).getByRole("status").textContent).toBe("Could not read the selection: Lost the connection to Excel.");
});

test("headings run in order: h2, then h3 sections, then h4 flags", async () => {
  await analyse(fakeHost({ selection: { outcome: "read", selection: SELECTION } }));
  const levels = within(panel())
    .getAllByRole("heading")
    .map((h) => Number(h.tagName.slice(1)));
  expect(levels[0]).toBe(2);
  levels.forEach((level, i) => {
    if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1] + 1);
  });
});

test("not connected: the panel explains that the analysis needs Excel (or the preview), and the button says so too", async () => {
  await analyse(createNullHost(undefined));
  expect(within(panel()).getByText(NOT_CONNECTED_MESSAGES.readSelection, { selector: ".fui-MessageBarBody" })).toBeTruthy();
  expect(within(panel()).getByRole("status").textContent).toBe(NOT_CONNECTED_MESSAGES.readSelection);
});

describe("assumptions", () => {
  const field = (param: string) => document.querySelector<HTMLInputElement>(`input[data-param="${param}"]`)!;
  const type = async (param: string, text: string) => {
    await act(async () => {
      fireEvent.change(field(param), { target: { value: text } });
    });
  };

  test("prefilled: defaults, AIFLAG's estimate, blank where a life is needed; each says where it comes from", async () => {
    await analyse(fakeHost({ selection: { outcome: "read", selection: SELECTION } }));
    expect(field("growth_threshold").value).toBe("0.3");
    expect(within(panel()).getAllByText("Default of GROSSMARGINGAP")).toHaveLength(2); // growth_threshold and tolerance
    expect(field("economic_life").value).toBe(String(ECONOMIC_LIFE_ESTIMATE));
    expect(field("book_life").value).toBe("");
    expect(within(panel()).getByText("Needed by DEPCLIFF, DEPGAP")).toBeTruthy();
    expect(within(panel()).getByRole("textbox", { name: "Book useful life (book_life)" })).toBe(field("book_life"));
  });

  test("typing a book life computes the depreciation flags at once; the formulas written beside use it", async () => {
    const host = fakeHost({ selection: { outcome: "read", selection: SELECTION } });
    await analyse(host);
    expect(within(panel()).queryByRole("heading", { level: 4, name: "Depreciation cliff" })).toBeNull();
    await type("book_life", "6");
    expect(within(panel()).getByRole("heading", { level: 4, name: "Depreciation cliff" })).toBeTruthy();
    expect(within(panel()).getByText("Your assumption, used by DEPCLIFF, DEPGAP")).toBeTruthy();
    const withLives = analyseSelection(SELECTION, { assumptions: { economic_life: ECONOMIC_LIFE_ESTIMATE, book_life: 6 } });
    await click(within(panel()).getByRole("button", { name: "Write formulas beside the block" }));
    expect(host.writeFormulasBeside.mock.calls[0][0]).toEqual(withLives);
  });

  test("a value that is not a number is marked, and left out", async () => {
    await analyse(fakeHost({ selection: { outcome: "read", selection: SELECTION } }));
    await type("book_life", "six");
    expect(within(panel()).getByText("Not a number: type one such as 6, 0.3 or 30%")).toBeTruthy();
    expect(field("book_life").getAttribute("aria-invalid")).toBe("true");
    expect(within(panel()).queryByRole("heading", { level: 4, name: "Depreciation cliff" })).toBeNull();
  });
});

describe("odd selections", () => {
  test("one cell: the sentence, and nothing else", async () => {
    const one: Selection = { sheet: "Model", address: "Model!C3", values: [[211915]] };
    await analyse(fakeHost({ selection: { outcome: "read", selection: one } }));
    expect(within(panel()).getByRole("status").textContent).toBe(SHAPE_NOTICES.oneCell("Model!C3"));
    expect(within(panel()).queryByRole("heading", { level: 3 })).toBeNull();
    expect(within(panel()).queryByRole("button", { name: "Write formulas beside the block" })).toBeNull();
  });

  test("one period: an error value is listed under Could not compute, with its reason, and is not counted", async () => {
    const onePeriod: Selection = { sheet: "Model", address: "Model!B2:C7", values: MICROSOFT_MODEL_BLOCK.map((r) => [r[0], r[3]]) };
    await analyse(fakeHost({ selection: { outcome: "read", selection: onePeriod } }));
    expect(within(panel()).getByText(SHAPE_NOTICES.onePeriod("FY2025"))).toBeTruthy();
    expect(within(panel()).getByRole("heading", { level: 3, name: /^Could not compute \(\d+\)$/ })).toBeTruthy();
    const failed = within(panel()).getByRole("heading", { level: 3, name: /^Could not compute/ }).closest("section")!;
    expect(failed.textContent).toMatch(/Gross-margin gap.*#VALUE!/);
    expect(within(panel()).queryByRole("heading", { level: 4, name: "Gross-margin gap" })).toBeNull();
    // Counted: the flags of the same one-period analysis with a value (GROSSMARGINGAP's error is not one of them).
    const one = analyseSelection(onePeriod, { assumptions: { economic_life: ECONOMIC_LIFE_ESTIMATE } });
    const counted = writableFlags(one);
    expect(counted.map((f) => f.id)).toContain("FCFCONV");
    expect(counted.map((f) => f.id)).not.toContain("GROSSMARGINGAP");
    expect(within(panel()).getAllByRole("status")[0].textContent).toMatch(new RegExp(`^Analysed: ${counted.length} of ${one.flags.length} flags computed\\.`));
  });
});
