/** @jest-environment jsdom */
/** The formula builder in a card's Details, through a fake host: selections taken, the live result, the formula inserted with references and its format. */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { findFunction } from "../../src/core/registry";
import { VALUE_KIND_FORMATS } from "../../src/core/format/valueKind";
import type { RangeResult } from "../../src/host/host";
import { NOT_CONNECTED_MESSAGES } from "../../src/host/messages";
import { createNullHost } from "../../src/host/nullHost";
import { App } from "../../src/taskpane/App";
import { BUILDER_HEADING } from "../../src/taskpane/components/FlagDetails";
import { installDomPolyfills } from "../helpers/dom";
import { fakeHost } from "./fakeHost";

installDomPolyfills();
jest.setTimeout(30000);

const FCFCONV = findFunction("FCFCONV")!;

const selected = (reference: string, values: number[][]): RangeResult => {
  const [sheet, address] = reference.split("!");
  return { outcome: "read", range: { sheet, address, reference, rows: values.length, cols: values[0].length, values } };
};

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

async function openBuilder(host: Parameters<typeof App>[0]["host"]): Promise<HTMLElement> {
  render(<App host={host} theme={webLightTheme} functions={[FCFCONV]} />);
  const card = document.querySelector<HTMLElement>("article#fcfconv")!;
  await click(within(card).getByRole("button", { name: "Details" }));
  await within(card).findByRole("heading", { level: 4, name: BUILDER_HEADING });
  await within(card).findByRole("button", { name: "Use selection for capex" });
  return card;
}

test("Use selection fills each argument with the selected range (address and shape shown); the value and status follow; Insert writes references in the value's format", async () => {
  const host = fakeHost();
  host.readSelectionAddress
    .mockResolvedValueOnce(selected("Model!E6", [[136162]]))
    .mockResolvedValueOnce(selected("Model!E7", [[-64551]]))
    .mockResolvedValueOnce(selected("Model!E5", [[101832]]));
  const card = await openBuilder(host);
  expect(within(card).getByText("Fill operating_cash_flow, capex, net_income to see the result.")).toBeTruthy();
  for (const name of ["operating_cash_flow", "capex", "net_income"]) await click(within(card).getByRole("button", { name: `Use selection for ${name}` }));
  expect(host.readSelectionAddress).toHaveBeenCalledTimes(3);
  expect(within(card).getByRole("textbox", { name: "capex" })).toHaveProperty("value", "Model!E7");
  expect(within(card).getByText("Model!E7, 1 row x 1 column")).toBeTruthy();
  const result = within(card).getByTestId("builder-result-FCFCONV");
  expect(result.textContent).toBe("FCF conversion (FCF / net income):0.70xWATCH");
  expect(within(card).getByText("=AIFLAG.FCFCONV(Model!E6,Model!E7,Model!E5)")).toBeTruthy();

  await click(within(card).getByRole("button", { name: "Insert formula" }));
  expect(host.insertFormula).toHaveBeenCalledWith("=AIFLAG.FCFCONV(Model!E6,Model!E7,Model!E5)", VALUE_KIND_FORMATS.multiple.excel);
  expect(within(card).getByText("Inserted into Sheet1!A1.")).toBeTruthy();
});

test("a typed value recomputes at once; output is a list of its choices, and status is written without a number format", async () => {
  const host = fakeHost();
  const card = await openBuilder(host);
  const type = async (name: string, text: string) => {
    await act(async () => {
      fireEvent.change(within(card).getByRole("textbox", { name }), { target: { value: text } });
    });
  };
  await type("operating_cash_flow", "100");
  await type("capex", "20");
  await type("net_income", "100");
  expect(within(card).getByTestId("builder-result-FCFCONV").textContent).toBe("FCF conversion (FCF / net income):0.80xOK");
  await type("net_income", "-5");
  expect(within(card).getByTestId("builder-result-FCFCONV").textContent).toMatch(/^Result:#N\/A /);
  const output = within(card).getByRole("combobox", { name: "output" }) as HTMLSelectElement;
  expect([...output.options].map((o) => o.value)).toEqual(["value", "status", "detail"]);
  await act(async () => {
    fireEvent.change(output, { target: { value: "status" } });
  });
  await click(within(card).getByRole("button", { name: "Insert formula" }));
  expect(host.insertFormula).toHaveBeenCalledWith('=AIFLAG.FCFCONV(100,20,-5,,"status")');
});

test("outside Excel: Use selection says why it cannot, and the formula is copied instead", async () => {
  const card = await openBuilder(createNullHost(undefined));
  await click(within(card).getByRole("button", { name: "Use selection for capex" }));
  expect(within(card).getByText(NOT_CONNECTED_MESSAGES.readSelectionAddress)).toBeTruthy();
  expect(within(card).getByRole("button", { name: "Copy formula" })).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Insert formula" })).toBeNull();
});
