/**
 * Loading AIFLAG with the workbook after formulas are written, through the page's real
 * environment (`browserEnv`, with fakes in place of the `Office` and `Excel` globals). Microsoft
 * Learn, "Run code in your Office Add-in when the document opens": `Office.addin.
 * setStartupBehavior(Office.StartupBehavior.load)` (SharedRuntime 1.1) loads the add-in with the
 * document next time, so that its functions do not show #BUSY! until the pane is opened;
 * `Office.StartupBehavior.none` undoes it. The fake Office (fake/office.ts) keeps the document's
 * setting and, like office.js, rejects anything but "Load" and "None".
 */
import { analyseSelection } from "../../src/analysis";
import { browserEnv, detectHost } from "../../src/host/detect";
import type { Host, LoadOnOpen } from "../../src/host/host";
import { LOAD_ON_OPEN_MESSAGES } from "../../src/host/loadOnOpen";
import { findTemplate } from "../../src/templates/catalogue";
import { MICROSOFT_MODEL_BLOCK } from "../helpers/modelBlock";
import { FakeExcel } from "./fake/excel";
import { FakeOffice, installOfficeGlobals, STARTUP_BEHAVIOR } from "./fake/office";
import { seedSheet } from "./fake/workbook";

const FULL_SETS = { ExcelApi: "1.17", SharedRuntime: "1.1" };

function workbook(): FakeExcel {
  const excel = new FakeExcel([seedSheet("Model", MICROSOFT_MODEL_BLOCK, "B2")], "Model");
  excel.selection = { sheet: "Model", address: "H20" };
  return excel;
}

let restore: () => void = () => undefined;
afterEach(() => restore());

async function setup(sets: Record<string, string> = FULL_SETS) {
  const excel = workbook();
  const office = new FakeOffice({ host: "Excel", sets, excel });
  restore = installOfficeGlobals(office, excel);
  const host = (await detectHost(browserEnv())).host;
  const changes: LoadOnOpen[] = [];
  host.onLoadOnOpenChange((state) => changes.push(state));
  return { excel, office, host, changes };
}

const redFlag = () => {
  const template = findTemplate("redflag");
  if (!template) throw new Error("no red-flag template");
  return template.build("blank");
};
const analysis = () => analyseSelection({ sheet: "Model", address: "Model!B2:E7", values: MICROSOFT_MODEL_BLOCK });

const insertions: Array<[string, (host: Host) => Promise<{ outcome: string; message: string }>, string]> = [
  ["a template", (host) => host.writePlan(redFlag()), "inserted"],
  ["the formulas beside a block", (host) => host.writeFormulasBeside(analysis()), "written"],
  ["a formula", (host) => host.insertFormula("=AIFLAG.FLAGS()"), "inserted"],
];

describe.each(insertions)("after inserting %s", (_what, insert, written) => {
  test("AIFLAG is set to load with the workbook, and the outcome says so and how to turn it off", async () => {
    const { office, host, changes } = await setup();
    expect(await host.loadOnOpen()).toBe("off");
    const result = await insert(host);
    expect(result.outcome).toBe(written);
    expect(office.startupBehavior).toBe(STARTUP_BEHAVIOR.load);
    expect(result.message.endsWith(` ${LOAD_ON_OPEN_MESSAGES.turnedOn}`)).toBe(true);
    expect(result.message).toMatch(/#BUSY!/);
    expect(changes).toEqual(["on"]);
    expect(await host.loadOnOpen()).toBe("on");
  });

  test("already loading with the workbook: nothing more is said", async () => {
    const { office, host, changes } = await setup();
    office.startupBehavior = STARTUP_BEHAVIOR.load;
    const result = await insert(host);
    expect(result.message).not.toContain(LOAD_ON_OPEN_MESSAGES.turnedOn);
    expect(changes).toEqual([]);
  });

  test("turned off by the user in this session: it stays off", async () => {
    const { office, host, changes } = await setup();
    office.startupBehavior = STARTUP_BEHAVIOR.load;
    expect(await host.setLoadOnOpen(false)).toEqual({ state: "off", message: LOAD_ON_OPEN_MESSAGES.off });
    expect(office.startupBehavior).toBe(STARTUP_BEHAVIOR.none);
    const result = await insert(host);
    expect(result.outcome).toBe(written);
    expect(office.startupBehavior).toBe(STARTUP_BEHAVIOR.none);
    expect(result.message).not.toContain(LOAD_ON_OPEN_MESSAGES.turnedOn);
    expect(changes).toEqual(["off"]);
  });
});

test("nothing written (the active cell holds something): the setting is left alone", async () => {
  const { excel, office, host } = await setup();
  excel.selection = { sheet: "Model", address: "B3" };
  const result = await host.insertFormula("=AIFLAG.FLAGS()");
  expect(result.outcome).toBe("cell-not-empty");
  expect(office.startupBehavior).toBe(STARTUP_BEHAVIOR.none);
  expect(result.message).not.toContain(LOAD_ON_OPEN_MESSAGES.turnedOn);
});

test("the user turns it on and off: Office.StartupBehavior load, then none", async () => {
  const { office, host, changes } = await setup();
  expect(await host.setLoadOnOpen(true)).toEqual({ state: "on", message: LOAD_ON_OPEN_MESSAGES.on });
  expect(office.startupBehavior).toBe("Load");
  expect(await host.setLoadOnOpen(false)).toEqual({ state: "off", message: LOAD_ON_OPEN_MESSAGES.off });
  expect(office.startupBehavior).toBe("None");
  expect(changes).toEqual(["on", "off"]);
});

test("an Excel without SharedRuntime 1.1: Office.addin is never touched, the state is unavailable", async () => {
  const { office, host } = await setup({ ExcelApi: "1.17" });
  const set = jest.spyOn(office.addin, "setStartupBehavior");
  const result = await host.writePlan(redFlag());
  expect(result.outcome).toBe("inserted");
  expect(result.message).not.toContain(LOAD_ON_OPEN_MESSAGES.turnedOn);
  expect(set).not.toHaveBeenCalled();
  expect(await host.loadOnOpen()).toBe("unavailable");
});

test("setStartupBehavior failing: the template is still inserted, and the outcome says what could not be set", async () => {
  const { office, host } = await setup();
  jest.spyOn(office.addin, "setStartupBehavior").mockRejectedValue(new Error("The operation failed."));
  const result = await host.writePlan(redFlag());
  expect(result.outcome).toBe("inserted");
  expect(result.message).toContain(LOAD_ON_OPEN_MESSAGES.failed("The operation failed."));
});

test("the fake refuses what office.js refuses: only Load and None", async () => {
  const office = new FakeOffice({ host: "Excel" });
  await expect(office.addin.setStartupBehavior("load")).rejects.toMatchObject({ code: "InvalidArgument" });
  await expect(office.addin.setStartupBehavior(true)).rejects.toMatchObject({ code: "InvalidArgument" });
  await office.addin.setStartupBehavior("Load");
  expect(await office.addin.getStartupBehavior()).toBe("Load");
});
