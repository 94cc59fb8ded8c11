/** @jest-environment jsdom */
/**
 * "Import SEC data" in the Templates tab: the address to download for a CIK, what to do with a
 * ticker, why the pane cannot fetch; a picked file read by the reader (the worker's handler,
 * called in-process here: jsdom has no Worker), the company, its years and what is missing; then
 * the SEC data sheet and the red-flag model inserted through the host as one plan. Where the file
 * holds quarters, the choice of fiscal years or quarters, the quarters read when chosen. Failures
 * are shown, never swallowed.
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readFileSync } from "node:fs";
import type { PlanResult } from "../../src/host/host";
import { buildSecImport } from "../../src/templates/secImport";
import { MISSING_PERIODS_WHY } from "../../src/templates/secData/gaps";
import { SecImport } from "../../src/taskpane/components/SecImport";
import { companyHelp, QUARTERS_HINT, WHY_NOT_FETCHED } from "../../src/taskpane/sec/importText";
import type { SecFileReader, SecReadResult } from "../../src/taskpane/sec/workerClient";
import { installDomPolyfills } from "../helpers/dom";
import { fixtureCompany, fixturePath } from "../sources/sec/fixtures";
import { fakeHost } from "./fakeHost";

installDomPolyfills();
jest.setTimeout(30000);

const msft = fixtureCompany("MSFT").annual;
const nvda = fixtureCompany("NVDA").annual;

const msftQuarters = fixtureCompany("MSFT").quarterly;

const answer = (financials = msft, quarterCount = 0): SecReadResult => ({
  id: 1,
  ok: true,
  financials,
  quarterCount,
  textLength: 858_223,
  gzip: true,
  timings: { readMs: 20.4, parseMs: 60.2, normaliseMs: 70.1 },
  roundTripMs: 180,
});

function mount(readFile: SecFileReader, plan?: PlanResult) {
  const host = fakeHost(plan ? { plan } : {});
  render(
    <FluentProvider theme={webLightTheme}>
      <SecImport host={host} readFile={readFile} />
    </FluentProvider>,
  );
  return host;
}

const fileInput = () => screen.getByLabelText("companyfacts file (.json or .json.gz)") as HTMLInputElement;
const fixtureFile = () => new File([readFileSync(fixturePath("MSFT"))], "CIK0000789019.json.gz", { type: "application/gzip" });

/** The missing figures are collapsed at first (the SEC data sheet lists them too). */
async function openMissing() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: /^Missing figures \(\d+\): blank on the sheets, never zero$/ }));
  });
}

async function pick(file: File) {
  await act(async () => {
    fireEvent.change(fileInput(), { target: { files: [file] } });
  });
}

test("a CIK gives the companyfacts address to open; a ticker, how to find the CIK; the pane says why it cannot fetch", async () => {
  mount(jest.fn());
  expect(screen.getByText(WHY_NOT_FETCHED)).toBeTruthy();
  const company = screen.getByRole("textbox", { name: /Company's CIK \(or ticker\)/ });
  await act(async () => {
    fireEvent.change(company, { target: { value: "789019" } });
  });
  const address = screen.getByRole("textbox", { name: "companyfacts address of CIK 0000789019" }) as HTMLInputElement;
  expect(address.value).toBe("https://data.sec.gov/api/xbrl/companyfacts/CIK0000789019.json");
  expect(address.readOnly).toBe(true);
  await act(async () => {
    fireEvent.change(company, { target: { value: "msft" } });
  });
  expect(screen.queryByRole("textbox", { name: /companyfacts address/ })).toBeNull();
  expect(screen.getByText(/find MSFT's CIK \(a number\) with EDGAR company search, https:\/\/www\.sec\.gov\/edgar\/searchedgar\/companysearch/)).toBeTruthy();
});

test.each([
  ["CIK0000789019", { kind: "address", cik: "0000789019" }],
  [" 1045810 ", { kind: "address", cik: "0001045810" }],
  ["BRK.B", { kind: "ticker", ticker: "BRK.B" }],
  ["not a company", { kind: "invalid" }],
  ["", { kind: "none" }],
])("companyHelp(%p)", (text, expected) => {
  expect(companyHelp(text)).toMatchObject(expected);
});

test("a picked file is read by the reader; the pane shows the company, its years and what is missing, then inserts one plan", async () => {
  const readFile = jest.fn<ReturnType<SecFileReader>, Parameters<SecFileReader>>(async () => answer());
  const inserted: PlanResult = { outcome: "inserted", sheetNames: ["SEC data", "Inputs", "Flags", "Checks"], message: "Added sheets SEC data, Inputs, Flags and Checks; SEC data is open." };
  const host = mount(readFile, inserted);
  const insert = screen.getByRole("button", { name: "Insert SEC data and red-flag model" });
  expect((insert as HTMLButtonElement).disabled).toBe(true);

  const file = fixtureFile();
  await pick(file);
  expect(readFile).toHaveBeenCalledWith(file);
  expect(screen.getByRole("heading", { name: "MICROSOFT CORPORATION, CIK 0000789019" })).toBeTruthy();
  expect(screen.getByText(`Fiscal years FY2008 to FY2025 (18); ${Object.keys(msft.items).length} line items with figures.`)).toBeTruthy();
  await openMissing();
  const missing = within(screen.getByRole("list", { name: "Line items with no figure" })).getAllByRole("listitem").map((li) => li.textContent);
  expect(missing).toContain(`Depreciation and amortization: ${msft.gaps.depreciation_amortization}`);
  expect(screen.getByText("Read, parsed and normalised in 151 ms, off the pane's thread.")).toBeTruthy();

  await act(async () => {
    fireEvent.click(insert);
  });
  expect(host.writePlan).toHaveBeenCalledTimes(1);
  expect(host.writePlan.mock.calls[0][0]).toEqual(buildSecImport(msft));
  expect(screen.getByText(inserted.message)).toBeTruthy();
});

test("a partial item says which years it lacks (NVIDIA's capex)", async () => {
  mount(async () => answer(nvda));
  await pick(fixtureFile());
  await openMissing();
  const partial = within(screen.getByRole("list", { name: "Line items missing some years" })).getAllByRole("listitem").map((li) => li.textContent);
  expect(partial).toContain("Capital expenditure: FY2008, FY2009, FY2013 to FY2021");
  expect(screen.getByText(`Some years only. ${MISSING_PERIODS_WHY}`)).toBeTruthy();
});

test("a file the reader refuses: its sentence as an alert, and nothing can be inserted", async () => {
  const host = mount(async () => ({ id: 1, ok: false, message: "big.json: the file is 201 MB; the limit is 200 MB (companyfacts files are a few MB, tens for the largest filers)", roundTripMs: 3 }));
  await pick(new File(["x"], "big.json"));
  expect(screen.getByRole("alert").textContent).toBe("big.json: the file is 201 MB; the limit is 200 MB (companyfacts files are a few MB, tens for the largest filers)");
  expect((screen.getByRole("button", { name: "Insert SEC data and red-flag model" }) as HTMLButtonElement).disabled).toBe(true);
  expect(host.writePlan).not.toHaveBeenCalled();
});

test("a reader that fails unexpectedly, and an insertion that fails, are shown, not swallowed", async () => {
  const host = mount(jest.fn<ReturnType<SecFileReader>, Parameters<SecFileReader>>().mockRejectedValueOnce(new Error("worker crashed")).mockResolvedValue(answer()));
  await pick(new File(["x"], "a.json"));
  expect(screen.getByRole("alert").textContent).toBe("a.json could not be read: worker crashed");
  await pick(fixtureFile());
  host.writePlan.mockRejectedValueOnce(new Error("The workbook is protected."));
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Insert SEC data and red-flag model" }));
  });
  expect(screen.getByText("Could not insert the SEC data: The workbook is protected.")).toBeTruthy();
});

test("an insertion the host refuses shows the host's sentence", async () => {
  const host = mount(async () => answer(), { outcome: "unsupported", message: "This Excel lacks ExcelApi 1.7. Nothing was changed." });
  await pick(fixtureFile());
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Insert SEC data and red-flag model" }));
  });
  expect(host.writePlan).toHaveBeenCalledTimes(1);
  expect(screen.getByText("This Excel lacks ExcelApi 1.7. Nothing was changed.")).toBeTruthy();
});

test("a file dropped on the card is read like a picked one", async () => {
  const readFile = jest.fn<ReturnType<SecFileReader>, Parameters<SecFileReader>>(async () => answer());
  mount(readFile);
  const file = fixtureFile();
  const zone = fileInput().parentElement!;
  await act(async () => {
    fireEvent.dragOver(zone, { dataTransfer: { files: [file] } });
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
  });
  expect(readFile).toHaveBeenCalledWith(file);
  expect(screen.getByRole("heading", { name: "MICROSOFT CORPORATION, CIK 0000789019" })).toBeTruthy();
});

test("two files picked in a row: the one picked last is shown, whichever read finishes first", async () => {
  let finishFirst: (r: SecReadResult) => void = () => undefined;
  const readFile = jest
    .fn<ReturnType<SecFileReader>, Parameters<SecFileReader>>()
    .mockImplementationOnce(() => new Promise((resolve) => (finishFirst = resolve)))
    .mockResolvedValueOnce(answer(nvda));
  mount(readFile);
  await pick(new File(["x"], "slow.json"));
  await pick(new File(["y"], "fast.json"));
  await act(async () => finishFirst(answer(msft)));
  expect(screen.getByRole("heading", { name: "NVIDIA CORP, CIK 0001045810" })).toBeTruthy();
  expect(screen.queryByRole("heading", { name: "MICROSOFT CORPORATION, CIK 0000789019" })).toBeNull();
});

describe("the Periods choice", () => {
  /** A reader answering with the years and, when asked, the quarters of Microsoft (70 in its file). */
  const withQuarters = () =>
    jest.fn<ReturnType<SecFileReader>, Parameters<SecFileReader>>(async (_file, options) => ({
      ...answer(msft, msftQuarters.periods.length),
      ...(options?.quarters ? { quarterly: msftQuarters, timings: { readMs: 20, parseMs: 60, normaliseMs: 150 } } : {}),
    }));
  const periods = () => screen.queryByRole("radiogroup", { name: "Periods" });
  const insertButton = () => screen.getByRole("button", { name: "Insert SEC data and red-flag model" });

  test.each([
    ["no quarters", 0],
    ["a single quarter", 1],
  ])("is not offered for a file with %s", async (_what, quarterCount) => {
    mount(async () => answer(msft, quarterCount));
    await pick(fixtureFile());
    expect(screen.getByText(/^Fiscal years FY2008 to FY2025 \(18\)/)).toBeTruthy();
    expect(periods()).toBeNull();
    expect(screen.queryByText(QUARTERS_HINT)).toBeNull();
  });

  test("is offered from two quarters, fiscal years first, with what quarters are", async () => {
    const readFile = withQuarters();
    mount(readFile);
    expect(periods()).toBeNull();
    await pick(fixtureFile());
    const group = periods()!;
    expect(within(group).getAllByRole("radio").map((r) => [(r as HTMLInputElement).labels?.[0]?.textContent, (r as HTMLInputElement).checked])).toEqual([
      ["Fiscal years", true],
      ["Quarters", false],
    ]);
    expect(screen.getByText(QUARTERS_HINT)).toBeTruthy();
    expect(QUARTERS_HINT).toMatch(/10-Q figures.*year-to-date.*Q4 is the fiscal year less nine months.*not annualised/);
    // The file was read without the quarters: they cost about twice the years' work again.
    expect(readFile).toHaveBeenCalledTimes(1);
    expect(readFile.mock.calls[0]).toEqual([expect.any(File)]);
  });

  test("Quarters reads them, shows them and inserts a plan whose columns are quarters", async () => {
    const readFile = withQuarters();
    const host = mount(readFile, { outcome: "inserted", sheetNames: ["SEC data", "Inputs", "Flags", "Checks"], message: "Added." });
    const file = fixtureFile();
    await pick(file);
    await act(async () => {
      fireEvent.click(screen.getByRole("radio", { name: "Quarters" }));
    });
    expect(readFile).toHaveBeenLastCalledWith(file, { quarters: true });
    expect(screen.getByText(`Quarters Q1 FY2009 to Q2 FY2026 (70); ${Object.keys(msftQuarters.items).length} line items with figures.`)).toBeTruthy();
    expect(screen.getByText("Read, parsed and normalised in 230 ms, off the pane's thread.")).toBeTruthy();
    await openMissing();
    expect(screen.getByRole("list", { name: "Line items missing some quarters" })).toBeTruthy();

    await act(async () => {
      fireEvent.click(insertButton());
    });
    const plan = host.writePlan.mock.calls[0][0];
    expect(plan).toEqual(buildSecImport(msftQuarters));
    const inputs = plan.sheets.find((s) => s.key === "inputs")!;
    const headers = inputs.cells.filter((c) => /^[B-Z]6$/.test(c.ref)).map((c) => c.value);
    expect(headers.slice(0, 3)).toEqual(["Q1 FY2009", "Q2 FY2009", "Q3 FY2009"]);

    // Back to fiscal years: no new read, the years' plan.
    await act(async () => {
      fireEvent.click(screen.getByRole("radio", { name: "Fiscal years" }));
    });
    expect(readFile).toHaveBeenCalledTimes(2);
    expect(screen.getByText(/^Fiscal years FY2008 to FY2025 \(18\)/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(insertButton());
    });
    expect(host.writePlan.mock.calls[1][0]).toEqual(buildSecImport(msft));
  });

  test("with Quarters chosen, the next file is read with its quarters at once", async () => {
    const readFile = withQuarters();
    mount(readFile);
    await pick(fixtureFile());
    await act(async () => {
      fireEvent.click(screen.getByRole("radio", { name: "Quarters" }));
    });
    const next = fixtureFile();
    await pick(next);
    expect(readFile).toHaveBeenLastCalledWith(next, { quarters: true });
    expect(readFile).toHaveBeenCalledTimes(3);
    expect(screen.getByText(/^Quarters Q1 FY2009 to Q2 FY2026 \(70\)/)).toBeTruthy();
  });

  test("quarters that cannot be read: the sentence as an alert, nothing to insert until fiscal years are chosen again", async () => {
    const readFile = jest
      .fn<ReturnType<SecFileReader>, Parameters<SecFileReader>>()
      .mockResolvedValueOnce(answer(msft, 70))
      .mockResolvedValueOnce({ id: 2, ok: false, message: "m.json.gz: the gzip file is cut off or damaged (unexpected end); download it again", roundTripMs: 3 });
    mount(readFile);
    await pick(fixtureFile());
    await act(async () => {
      fireEvent.click(screen.getByRole("radio", { name: "Quarters" }));
    });
    expect(screen.getByRole("alert").textContent).toMatch(/^m\.json\.gz: the gzip file is cut off/);
    expect((insertButton() as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole("radio", { name: "Fiscal years" }));
    });
    expect(screen.queryByRole("alert")).toBeNull();
    expect((insertButton() as HTMLButtonElement).disabled).toBe(false);
  });
});
