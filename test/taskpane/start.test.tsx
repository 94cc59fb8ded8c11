/** @jest-environment jsdom */
/**
 * What the pane shows while office.js answers, as the page starts it (start.tsx):
 *   inside Excel, however slowly onReady answers, "Connecting to Excel..." and then connected;
 *   outside Office (onReady answers at once with no host), not connected;
 *   on taskpane.html without office.js (it failed to load), a sentence saying so.
 * And the foot of the pane, once in Excel: loading AIFLAG with the workbook, turned on by an
 * insertion and off by the switch.
 */
import { TextEncoder } from "node:util";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import type { OfficeLike } from "../../src/host/detect";
import { LOAD_ON_OPEN_LABEL, LOAD_ON_OPEN_MESSAGES, type StartupSetting } from "../../src/host/loadOnOpen";
import { OFFICE_JS_MISSING } from "../../src/host/messages";
import { createOfficeHost } from "../../src/host/officeHost";
import { createPendingHost } from "../../src/host/pendingHost";
import { App } from "../../src/taskpane/App";
import { CONNECTING_TEXT, Header, NOT_CONNECTED_TEXT, STILL_CONNECTING_AFTER_MS, STILL_CONNECTING_TEXT } from "../../src/taskpane/components/Header";
import { start } from "../../src/taskpane/start";
import { installDomPolyfills } from "../helpers/dom";
import { FakeExcel } from "../host/fake/excel";
import { seedSheet } from "../host/fake/workbook";

installDomPolyfills();
// The recording fake of Excel measures its requests in UTF-8; jsdom has no TextEncoder.
if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder });
jest.setTimeout(30000);

/** An office.js whose onReady answers when the test says. */
function slowOffice(sets: Record<string, string> = { ExcelApi: "1.17", SharedRuntime: "1.1" }) {
  let answer: (info: { host: unknown }) => void = () => undefined;
  const ready = new Promise<{ host: unknown }>((resolve) => (answer = resolve));
  const office: OfficeLike = {
    onReady: () => ready,
    context: { requirements: { isSetSupported: (name: string) => name in sets } },
  };
  return { office, answer: (host: unknown) => answer({ host }) };
}

function startupSetting(initial = false): StartupSetting & { value: boolean } {
  const setting = {
    value: initial,
    get: async () => setting.value,
    set: async (load: boolean) => {
      setting.value = load;
    },
  };
  return setting;
}

function page(officeJs: boolean): HTMLElement {
  document.body.innerHTML = `<div id="root" data-view="taskpane"${officeJs ? ' data-office-js="true"' : ""}></div>`;
  return document.getElementById("root") as HTMLElement;
}

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

test("a slow start inside Excel: Connecting to Excel..., formulas offered for insertion, then connected when onReady answers", async () => {
  const root = page(true);
  const { office, answer } = slowOffice();
  const excel = new FakeExcel([seedSheet("Sheet1", [])], "Sheet1");
  const started = start(document, { office, run: excel.run, startup: startupSetting() });
  await waitFor(() => expect(within(root).getByText(CONNECTING_TEXT)).toBeTruthy());
  expect(within(root).queryByText(NOT_CONNECTED_TEXT)).toBeNull();
  expect(within(root).getAllByRole("button", { name: "Insert example" }).length).toBeGreaterThan(0);
  answer("Excel");
  await started;
  await waitFor(() => expect(within(root).getByText("Connected to Excel")).toBeTruthy());
  expect(within(root).queryByText(CONNECTING_TEXT)).toBeNull();
  // In Excel with the shared runtime: the switch at the foot.
  expect(within(root).getByRole("switch", { name: LOAD_ON_OPEN_LABEL })).toBeTruthy();
});

test("outside Office: onReady answers with no host, and the pane says it is not connected", async () => {
  const root = page(true);
  const { office, answer } = slowOffice();
  answer(null);
  await start(document, { office, run: () => Promise.reject(new Error("not in Excel")) });
  await waitFor(() => expect(within(root).getByText(NOT_CONNECTED_TEXT)).toBeTruthy());
  expect(within(root).queryByRole("switch", { name: LOAD_ON_OPEN_LABEL })).toBeNull();
});

test("office.js failed to load on the taskpane page: the pane says so, and copies formulas", async () => {
  const root = page(true);
  await start(document, { office: undefined, run: () => Promise.reject(new Error("not in Excel")) });
  await waitFor(() => expect(within(root).getByText(OFFICE_JS_MISSING)).toBeTruthy());
  expect(within(root).getAllByRole("button", { name: "Copy example" }).length).toBeGreaterThan(0);
});

test("still connecting after a while: the pane says what to do if it lasts", () => {
  jest.useFakeTimers();
  try {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const host = createPendingHost(new Promise(() => undefined));
    render(<Header host={host} />);
    expect(screen.getByText(CONNECTING_TEXT)).toBeTruthy();
    expect(screen.queryByText(STILL_CONNECTING_TEXT)).toBeNull();
    act(() => jest.advanceTimersByTime(STILL_CONNECTING_AFTER_MS));
    expect(screen.getByText(STILL_CONNECTING_TEXT)).toBeTruthy();
  } finally {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    jest.useRealTimers();
  }
});

test("an insertion turns loading with the workbook on and says so; the switch at the foot turns it off", async () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  try {
    document.body.innerHTML = "";
    const excel = new FakeExcel([seedSheet("Sheet1", [])], "Sheet1");
    excel.selection = { sheet: "Sheet1", address: "D4" };
    const setting = startupSetting(false);
    const host = createOfficeHost({ run: excel.run, supports: () => true, startup: setting });
    render(<App host={host} theme={webLightTheme} />);
    const toggle = await screen.findByRole("switch", { name: LOAD_ON_OPEN_LABEL });
    expect((toggle as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getAllByRole("button", { name: "Insert example" })[0]);
    await screen.findByText((text) => text.startsWith("Inserted into Sheet1!D4.") && text.endsWith(LOAD_ON_OPEN_MESSAGES.turnedOn));
    expect(setting.value).toBe(true);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));

    fireEvent.click(toggle);
    await screen.findByText(LOAD_ON_OPEN_MESSAGES.off);
    expect(setting.value).toBe(false);
    expect((toggle as HTMLInputElement).checked).toBe(false);
  } finally {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  }
});
