/** A Host for the taskpane tests: every method a jest mock answering what the test gives. */
import type { Analysis } from "../../src/analysis";
import type { BesideResult, Host, InsertResult, InsertionSummary, PlanResult, RangeResult, RemoveResult, SelectionResult, TemplateOptions } from "../../src/host/host";
import { NO_LOAD_ON_OPEN } from "../../src/host/loadOnOpen";
import type { WorkbookPlan } from "../../src/templates/plan";

export interface FakeHost extends Host {
  insertFormula: jest.Mock<Promise<InsertResult>, [string, (string | undefined)?]>;
  writePlan: jest.Mock<Promise<PlanResult>, [WorkbookPlan, (TemplateOptions | undefined)?]>;
  readSelection: jest.Mock<Promise<SelectionResult>, []>;
  readSelectionAddress: jest.Mock<Promise<RangeResult>, []>;
  writeFormulasBeside: jest.Mock<Promise<BesideResult>, [Analysis]>;
  lastInsertion: jest.Mock<Promise<InsertionSummary | undefined>, []>;
  removeLastInsertion: jest.Mock<Promise<RemoveResult>, []>;
}

export interface FakeAnswers {
  plan?: PlanResult;
  selection?: SelectionResult;
  range?: RangeResult;
  beside?: BesideResult;
  last?: InsertionSummary;
  remove?: RemoveResult;
}

export function fakeHost(answers: FakeAnswers = {}, connected = true): FakeHost {
  return {
    connected,
    hostName: connected ? "Excel" : "not connected",
    insertFormula: jest.fn(async (_formula: string, _numberFormat?: string): Promise<InsertResult> => ({ outcome: "inserted", address: "Sheet1!A1", message: "Inserted into Sheet1!A1." })),
    writePlan: jest.fn(async (_plan: WorkbookPlan, _options?: TemplateOptions): Promise<PlanResult> => answers.plan ?? { outcome: "inserted", sheetNames: ["Inputs"], message: "Added sheet Inputs." }),
    readSelection: jest.fn(async (): Promise<SelectionResult> => answers.selection ?? { outcome: "unavailable", message: "Nothing selected." }),
    readSelectionAddress: jest.fn(async (): Promise<RangeResult> => answers.range ?? { outcome: "unavailable", message: "Nothing selected." }),
    writeFormulasBeside: jest.fn(async (_analysis: Analysis): Promise<BesideResult> => answers.beside ?? { outcome: "nothing", message: "Nothing to write." }),
    lastInsertion: jest.fn(async (): Promise<InsertionSummary | undefined> => answers.last),
    removeLastInsertion: jest.fn(async (): Promise<RemoveResult> => answers.remove ?? { outcome: "nothing", message: "Nothing to remove." }),
    onInsertionsChange: () => () => undefined,
    ...NO_LOAD_ON_OPEN,
  };
}
