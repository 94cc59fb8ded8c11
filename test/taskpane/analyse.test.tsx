/** @jest-environment jsdom */
/** The Analyse tab: a fake selection read through the host, the flags shown, formulas written beside. */
import { act, fireEvent, render, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { analyseSelection, type ComputedFlag, type NeedsInputFlag, type Selection } from "../../src/analysis";
import { NAMESPACE } from "../../src/core/docs/formula";
import { REGISTRY } from "../../src/core/registry";
import type { BesideResult, Host } from "../../src/host/host";
import { NOT_CONNECTED_MESSAGES } from "../../src/host/messages";
import { createNullHost } from "../../src/host/nullHost";
import { App } from "../../src/taskpane/App";
import { flagValueText } from "../../src/taskpane/flagValue";
import { installDomPolyfills } from "../helpers/dom";
import { fakeHost } from "./fakeHost";

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

const expected = analyseSelection(SELECTION);
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
  expect(within(panel()).getAllByRole("status")[0].textContent).toBe(`Analysed: ${computed.length} of ${expected.flags.length} flags computed.`);
});

test("lists the flags that need input with what is missing, and the block's summary", async () => {
  await analyse(fakeHost({ selection: { outcome: "read", selection: SELECTION } }));
  expect(within(panel()).getByRole("heading", { level: 3, name: `Flags that need input (${needs.length})` })).toBeTruthy();
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
