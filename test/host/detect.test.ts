import { appearanceOf, detectHost, luminanceOf, type OfficeLike } from "../../src/host/detect";
import type { ExcelRun } from "../../src/host/officeHost";
import { EMPTY_PLAN } from "../../src/templates/plan";

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

test("onReady never resolving: the null host after the timeout", async () => {
  jest.useFakeTimers();
  try {
    let done = false;
    const detecting = detectHost({ office: fakeOffice(new Promise(() => undefined)), run, timeoutMs: 1500 }).then((d) => {
      done = true;
      return d;
    });
    await jest.advanceTimersByTimeAsync(1499);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect((await detecting).host.connected).toBe(false);
  } finally {
    jest.useRealTimers();
  }
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
