/** A Host for the taskpane tests: every method a jest mock answering what the test gives. */
import type { Analysis } from "../../src/analysis";
import type { BesideResult, Host, InsertResult, PlanResult, SelectionResult } from "../../src/host/host";
import { NO_LOAD_ON_OPEN } from "../../src/host/loadOnOpen";
import type { WorkbookPlan } from "../../src/templates/plan";

export interface FakeHost extends Host {
  insertFormula: jest.Mock<Promise<InsertResult>, [string]>;
  writePlan: jest.Mock<Promise<PlanResult>, [WorkbookPlan]>;
  readSelection: jest.Mock<Promise<SelectionResult>, []>;
  writeFormulasBeside: jest.Mock<Promise<BesideResult>, [Analysis]>;
}

export function fakeHost(answers: { plan?: PlanResult; selection?: SelectionResult; beside?: BesideResult } = {}, connected = true): FakeHost {
  return {
    connected,
    hostName: connected ? "Excel" : "not connected",
    insertFormula: jest.fn(async (_formula: string): Promise<InsertResult> => ({ outcome: "inserted", address: "Sheet1!A1", message: "Inserted into Sheet1!A1." })),
    writePlan: jest.fn(async (_plan: WorkbookPlan): Promise<PlanResult> => answers.plan ?? { outcome: "inserted", sheetNames: ["Inputs"], message: "Added sheet Inputs." }),
    readSelection: jest.fn(async (): Promise<SelectionResult> => answers.selection ?? { outcome: "unavailable", message: "Nothing selected." }),
    writeFormulasBeside: jest.fn(async (_analysis: Analysis): Promise<BesideResult> => answers.beside ?? { outcome: "nothing", message: "Nothing to write." }),
    ...NO_LOAD_ON_OPEN,
  };
}
