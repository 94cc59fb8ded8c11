/**
 * Which host the pane gets, against fakes of office.js (fake/office.ts): inside Excel whenever
 * onReady answers, however late (never timed out); outside Office at once; office.js missing.
 */
import { appearanceOf, detectHost, luminanceOf, startDetection, type OfficeLike } from "../../src/host/detect";
import { OFFICE_JS_MISSING } from "../../src/host/messages";
import type { ExcelRun } from "../../src/host/officeHost";
import { EMPTY_PLAN } from "../../src/templates/plan";
import { FakeExcel } from "./fake/excel";
import { FakeOffice } from "./fake/office";
import { seedSheet } from "./fake/workbook";

const run: ExcelRun = () => Promise.reject(new Error("not called in these tests"));

function fakeOffice(ready: Promise<{ host: unknown }>, bodyBackgroundColor?: string, isSetSupported?: (name: string, minVersion?: string) => boolean): OfficeLike {
  return {
    onReady: () => ready,
    context: {
      officeTheme: bodyBackgroundColor === undefined ? undefined : { bodyBackgroundColor },
      ...(isSetSupported ? { requirements: { isSetSupported } } : {}),
    },
  };
}

test("no Office global: the null host, light", async () => {
  const { host, appearance } = await detectHost({ office: undefined, run });
  expect(host.connected).toBe(false);
  expect(appearance).toBe("light");
});

test("Office ready in Excel: the Office host, themed from Office", async () => {
  const dark = await detectHost({ office: fakeOffice(Promise.resolve({ host: "Excel" }), "#262626"), run });
  expect(dark.host.connected).toBe(true);
  expect(dark.host.hostName).toBe("Excel");
  expect(dark.appearance).toBe("dark");
  const light = await detectHost({ office: fakeOffice(Promise.resolve({ host: "Excel" }), "#FFFFFF"), run });
  expect(light.appearance).toBe("light");
});

test("Office ready outside any host (plain browser) or in another host: the null host", async () => {
  expect((await detectHost({ office: fakeOffice(Promise.resolve({ host: null })), run })).host.connected).toBe(false);
  expect((await detectHost({ office: fakeOffice(Promise.resolve({ host: "Word" })), run })).host.connected).toBe(false);
});

test("onReady rejecting: the null host", async () => {
  const { host } = await detectHost({ office: fakeOffice(Promise.reject(new Error("no host"))), run });
  expect(host.connected).toBe(false);
});

describe("a slow start inside Excel: never timed out", () => {
  const MINUTE = 60_000;
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("connecting until onReady answers, a minute later; then the Office host", async () => {
    const office = new FakeOffice({ host: "Excel", readyAfterMs: MINUTE, bodyBackgroundColor: "#262626" });
    const { now, later } = startDetection({ office, run });
    expect(now.host).toMatchObject({ connected: true, connecting: true, hostName: "Excel" });
    let settled = false;
    void later?.then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(MINUTE - 1);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    const detected = await later;
    expect(detected?.host.connected).toBe(true);
    expect(detected?.host.connecting).toBeFalsy();
    expect(detected?.host.hostName).toBe("Excel");
    expect(detected?.appearance).toBe("dark");
  });

  test("detectHost waits as long as onReady takes, and gives the Office host", async () => {
    const office = new FakeOffice({ host: "Excel", readyAfterMs: 5 * MINUTE });
    const detecting = detectHost({ office, run });
    await jest.advanceTimersByTimeAsync(5 * MINUTE);
    expect((await detecting).host).toMatchObject({ connected: true, hostName: "Excel" });
  });

  test("a formula asked for while connecting waits, then goes into Excel", async () => {
    const excel = new FakeExcel([seedSheet("Sheet1", [])], "Sheet1");
    excel.selection = { sheet: "Sheet1", address: "B2" };
    const office = new FakeOffice({ host: "Excel", readyAfterMs: MINUTE });
    const { now } = startDetection({ office, run: excel.run });
    let result: unknown;
    void now.host.insertFormula("=AIFLAG.FLAGS()").then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(MINUTE - 1);
    expect(result).toBeUndefined();
    expect(excel.syncs).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(result).toMatchObject({ outcome: "inserted", address: "Sheet1!B2" });
    expect(excel.sheet("Sheet1").cells.get("1,1")?.formula).toBe("=AIFLAG.FLAGS()");
  });
});

test("outside Office (office.js in a plain browser): onReady answers at once with no host, and the pane is not connected", async () => {
  const office = new FakeOffice({ host: null });
  const { later } = startDetection({ office, run });
  const detected = await later;
  expect(detected?.host.connected).toBe(false);
  expect(detected?.host.hostName).toBe("not connected");
  expect(detected?.host.notConnectedReason).toBeUndefined();
});

test("office.js missing on the taskpane page: not connected, and the pane says office.js did not load", async () => {
  const { now, later } = startDetection({ office: undefined, run }, { officeJsExpected: true });
  expect(later).toBeUndefined();
  expect(now.host.connected).toBe(false);
  expect(now.host.notConnectedReason).toBe(OFFICE_JS_MISSING);
  // The help page loads no office.js: nothing to say there.
  expect(startDetection({ office: undefined, run }).now.host.notConnectedReason).toBeUndefined();
});

test("theme: dark backgrounds are dark; isDarkTheme is the fallback when there is no colour", () => {
  expect(appearanceOf({ bodyBackgroundColor: "#000000" })).toBe("dark");
  expect(appearanceOf({ bodyBackgroundColor: "#333" })).toBe("dark");
  expect(appearanceOf({ bodyBackgroundColor: "#F3F3F3" })).toBe("light");
  expect(appearanceOf({ bodyBackgroundColor: "", isDarkTheme: true })).toBe("dark");
  expect(appearanceOf({ bodyBackgroundColor: "not a colour" })).toBe("light");
  expect(appearanceOf(undefined)).toBe("light");
  expect(luminanceOf("#FFFFFF")).toBeCloseTo(1);
  expect(luminanceOf("red")).toBeUndefined();
});

test("the Office host checks requirement sets with Office.context.requirements", async () => {
  const isSetSupported = jest.fn(() => false);
  const { host } = await detectHost({ office: fakeOffice(Promise.resolve({ host: "Excel" }), "#FFFFFF", isSetSupported), run });
  const result = await host.writePlan(EMPTY_PLAN);
  expect(result.outcome).toBe("unsupported");
  expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.7");
});

test("an Office without a requirements API: nothing beyond formulas is attempted", async () => {
  const { host } = await detectHost({ office: fakeOffice(Promise.resolve({ host: "Excel" })), run });
  expect((await host.readSelection()).outcome).toBe("unavailable");
});
