/** @jest-environment jsdom */
/** The Templates tab: choosing a template and its data, inserting it through the host, the outcome. */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { EMBEDDED, embeddedCompany } from "../../src/sources/embedded";
import type { PlanResult } from "../../src/host/host";
import { NOT_CONNECTED_MESSAGES } from "../../src/host/messages";
import { createNullHost } from "../../src/host/nullHost";
import { buildDepreciationCliff } from "../../src/templates/depreciationCliff";
import { buildHyperscalerComparison } from "../../src/templates/hyperscalerComparison";
import { buildRedFlagModel } from "../../src/templates/redFlagModel";
import type { WorkbookPlan } from "../../src/templates/plan";
import { TEMPLATES } from "../../src/templates/catalogue";
import { lastYears, yearsWarning } from "../../src/templates/options";
import { REPLACE_LABEL } from "../../src/taskpane/components/TemplatesPanel";
import { REGISTRY } from "../../src/core/registry";
import { App } from "../../src/taskpane/App";
import { installDomPolyfills } from "../helpers/dom";
import { fakeHost, type FakeHost } from "./fakeHost";

installDomPolyfills();
// Fluent UI renders slowly in jsdom, more so on a loaded machine.
jest.setTimeout(30000);

/** The tab list, found without a role query over the whole (large) document. */
function tablist(): HTMLElement {
  return document.querySelector<HTMLElement>('[role="tablist"]')!;
}

function tab(name: string): HTMLElement {
  return within(tablist()).getByRole("tab", { name });
}

async function openTab(name: string) {
  await act(async () => {
    fireEvent.click(tab(name));
  });
}

/** The visible tab panel. */
function panel(): HTMLElement {
  return document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;
}

/** One function card is enough here: the catalogue has its own tests, and a smaller page is faster. */
const FEW = REGISTRY.slice(0, 1);

async function insert(host: FakeHost, templateTitle: string, fillValue: string) {
  render(<App host={host} theme={webLightTheme} functions={FEW} />);
  await openTab("Templates");
  await act(async () => {
    fireEvent.click(within(panel()).getByRole("radio", { name: templateTitle }));
  });
  await act(async () => {
    fireEvent.change(within(panel()).getByRole("combobox", { name: "Data" }), { target: { value: fillValue } });
  });
  await act(async () => {
    fireEvent.click(within(panel()).getByRole("button", { name: "Insert" }));
  });
}

const company = (ticker: string) => embeddedCompany(ticker) ?? null;

const cases: Array<[string, string, () => WorkbookPlan]> = [
  ["Red-flag model", "AMZN", () => buildRedFlagModel(company("AMZN"))],
  ["Red-flag model", "blank", () => buildRedFlagModel(null)],
  ["Depreciation-cliff schedule", "META", () => buildDepreciationCliff(company("META"))],
  ["Depreciation-cliff schedule", "blank", () => buildDepreciationCliff(null)],
  ["Hyperscaler comparison", "sample", () => buildHyperscalerComparison(EMBEDDED)],
  ["Hyperscaler comparison", "blank", () => buildHyperscalerComparison([])],
];

test.each(cases)("%s, data %s: writePlan gets the builder's plan, and the outcome is shown", async (title, fill, build) => {
  const result: PlanResult = { outcome: "inserted", sheetNames: ["Inputs (2)", "Flags", "Checks"], message: "Added sheets Inputs (2), Flags and Checks; Flags is open." };
  const host = fakeHost({ plan: result });
  await insert(host, title, fill);
  expect(host.writePlan).toHaveBeenCalledTimes(1);
  expect(host.writePlan.mock.calls[0][0]).toEqual(build());
  expect(within(panel()).getByRole("status").textContent).toBe(result.message);
});

test("each template is offered with its one-line description, and its own data choices", async () => {
  render(<App host={fakeHost()} theme={webLightTheme} functions={FEW} />);
  await openTab("Templates");
  expect(within(panel()).getByRole("heading", { level: 2, name: "Insert a template" })).toBeTruthy();
  for (const t of TEMPLATES) {
    const radio = within(panel()).getByRole("radio", { name: t.title });
    expect(radio.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(radio.getAttribute("aria-describedby") ?? "")?.textContent).toBe(t.description);
  }
  const options = () => within(within(panel()).getByRole("combobox", { name: "Data" })).getAllByRole("option").map((o) => o.textContent);
  expect(options()).toEqual(["Blank: your own figures", ...EMBEDDED.map((c) => `${c.company.name} (${c.company.ticker})`)]);
  await act(async () => {
    fireEvent.click(within(panel()).getByRole("radio", { name: "Hyperscaler comparison" }));
  });
  expect(options()).toEqual(["Blank: your own figures", "All four sample companies"]);
});

test("the data note gives the chosen company's source and caveats", async () => {
  render(<App host={fakeHost()} theme={webLightTheme} functions={FEW} />);
  await openTab("Templates");
  const msft = embeddedCompany("MSFT")!;
  expect(within(panel()).getByText(`Source: ${msft.source}`)).toBeTruthy();
  await act(async () => {
    fireEvent.click(within(panel()).getByRole("button", { name: /^Caveats/ }));
  });
  expect(within(panel()).getByText(msft.caveats[0])).toBeTruthy();
});

test("a busy Excel's sentence is shown as it is", async () => {
  const host = fakeHost({ plan: { outcome: "busy", message: "Excel is busy: finish editing the cell (press Enter or Esc), then try again." } });
  await insert(host, "Red-flag model", "MSFT");
  expect(within(panel()).getByRole("status").textContent).toBe("Excel is busy: finish editing the cell (press Enter or Esc), then try again.");
});

test("an unexpected failure is shown, not swallowed", async () => {
  const host = fakeHost();
  host.writePlan.mockRejectedValueOnce(new Error("The workbook is protected."));
  await insert(host, "Red-flag model", "MSFT");
  expect(within(panel()).getByRole("status").textContent).toBe("Could not insert the template: The workbook is protected.");
});

test("not connected: the panel explains that templates need Excel (or the preview), and Insert says so too", async () => {
  render(<App host={createNullHost(undefined)} theme={webLightTheme} functions={FEW} />);
  await openTab("Templates");
  expect(within(panel()).getByText(NOT_CONNECTED_MESSAGES.writePlan)).toBeTruthy();
  await act(async () => {
    fireEvent.click(within(panel()).getByRole("button", { name: "Insert" }));
  });
  expect(within(panel()).getByRole("status").textContent).toBe(NOT_CONNECTED_MESSAGES.writePlan);
});

test("the tabs switch views; a panel keeps its state when you come back", async () => {
  render(<App host={fakeHost()} theme={webLightTheme} functions={FEW} />);
  expect(within(tablist()).getAllByRole("tab").map((t) => t.textContent)).toEqual(["Functions", "Templates", "Analyse"]);
  expect(tab("Functions").getAttribute("aria-selected")).toBe("true");
  expect(within(panel()).getByRole("searchbox", { name: /search functions/i })).toBeTruthy();

  await openTab("Templates");
  expect(tab("Templates").getAttribute("aria-selected")).toBe("true");
  expect(within(panel()).getByRole("heading", { level: 2, name: "Insert a template" })).toBeTruthy();
  expect(screen.queryByRole("searchbox")).toBeNull();
  await act(async () => {
    fireEvent.click(within(panel()).getByRole("radio", { name: "Depreciation-cliff schedule" }));
  });

  await openTab("Analyse");
  expect(within(panel()).getByRole("heading", { level: 2, name: "Analyse a selection" })).toBeTruthy();
  expect(screen.queryByRole("heading", { name: "Insert a template" })).toBeNull();

  await openTab("Templates");
  expect((within(panel()).getByRole("radio", { name: "Depreciation-cliff schedule" }) as HTMLInputElement).checked).toBe(true);
  await openTab("Functions");
  expect(within(panel()).getByRole("searchbox", { name: /search functions/i })).toBeTruthy();
});

test("the tab list is one stop of the Tab key; arrows, Home and End move between the tabs and show their panels", async () => {
  render(<App host={fakeHost()} theme={webLightTheme} functions={FEW} />);
  expect(within(tablist()).getAllByRole("tab").map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  const press = async (key: string) => {
    await act(async () => {
      fireEvent.keyDown(document.activeElement as HTMLElement, { key });
    });
  };
  tab("Functions").focus();
  await press("ArrowRight");
  expect(document.activeElement).toBe(tab("Templates"));
  expect(tab("Templates").getAttribute("aria-selected")).toBe("true");
  expect(within(tablist()).getAllByRole("tab").map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
  expect(within(panel()).getByRole("heading", { level: 2, name: "Insert a template" })).toBeTruthy();
  await press("End");
  expect(document.activeElement).toBe(tab("Analyse"));
  await press("ArrowRight");
  expect(document.activeElement).toBe(tab("Functions"));
  await press("ArrowLeft");
  expect(document.activeElement).toBe(tab("Analyse"));
  await press("Home");
  expect(tab("Functions").getAttribute("aria-selected")).toBe("true");
});

test("the tabs are native buttons in a labelled tab list, each controlling its panel", () => {
  render(<App host={fakeHost()} theme={webLightTheme} functions={FEW} />);
  expect(tablist().getAttribute("aria-label")).toBe("AIFLAG views");
  for (const name of ["Functions", "Templates", "Analyse"]) {
    const t = tab(name);
    expect(t.tagName).toBe("BUTTON");
    const controlled = document.getElementById(t.getAttribute("aria-controls") ?? "");
    expect(controlled?.getAttribute("role")).toBe("tabpanel");
    expect(controlled?.getAttribute("aria-labelledby")).toBe(t.id);
  }
});

describe("options", () => {
  const choose = async (name: string, value: string) => {
    await act(async () => {
      fireEvent.change(within(panel()).getByRole("combobox", { name }), { target: { value } });
    });
  };

  test("years: the latest of the figures, offered from two to all; the plan is built from those years", async () => {
    const host = fakeHost();
    render(<App host={host} theme={webLightTheme} functions={FEW} />);
    await openTab("Templates");
    const years = within(panel()).getByRole("combobox", { name: "Years" }) as HTMLSelectElement;
    const most = embeddedCompany("MSFT")!.periods.length;
    expect([...years.options].map((o) => o.value)).toEqual(Array.from({ length: most - 1 }, (_, i) => String(i + 2)));
    expect(years.value).toBe(String(most));
    await choose("Years", "2");
    await act(async () => {
      fireEvent.click(within(panel()).getByRole("button", { name: "Insert" }));
    });
    expect(host.writePlan.mock.calls[0][0]).toEqual(buildRedFlagModel(lastYears(embeddedCompany("MSFT")!, 2)));
    expect(host.writePlan.mock.calls[0][1]).toEqual({ template: "redflag", replace: false });
  });

  test("the depreciation schedule warns when the years are fewer than the book life", async () => {
    render(<App host={fakeHost()} theme={webLightTheme} functions={FEW} />);
    await openTab("Templates");
    await act(async () => {
      fireEvent.click(within(panel()).getByRole("radio", { name: "Depreciation-cliff schedule" }));
    });
    const msft = embeddedCompany("MSFT")!;
    // Ten years of capex by default: a whole book life, no warning.
    expect(within(panel()).queryByText(/fewer than the book life/)).toBeNull();
    await choose("Years", "3");
    const warning = yearsWarning("depreciation", 3, [msft]);
    expect(warning).toMatch(/3 years of capex is fewer than the book life \(6 years\)/);
    expect(within(panel()).getByText(warning!)).toBeTruthy();
    expect(yearsWarning("depreciation", 6, [msft])).toBeUndefined();
    expect(yearsWarning("redflag", 2, [msft])).toBeUndefined();
  });

  test("replace: the host is asked to replace the sheets it inserted before for this template", async () => {
    const host = fakeHost();
    render(<App host={host} theme={webLightTheme} functions={FEW} />);
    await openTab("Templates");
    await act(async () => {
      fireEvent.click(within(panel()).getByRole("checkbox", { name: REPLACE_LABEL }));
    });
    await act(async () => {
      fireEvent.click(within(panel()).getByRole("button", { name: "Insert" }));
    });
    expect(host.writePlan.mock.calls[0][1]).toEqual({ template: "redflag", replace: true });
  });
});
