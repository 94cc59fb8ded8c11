/**
 * The preview's workbook without a browser: the user's edits undone and redone as in Excel, the
 * add-in's writes left out of that history, unreadable formulas told apart, and the formula
 * engine's messages in plain words.
 */
import { createPreviewHost } from "../../src/preview/previewHost";
import { plainMessage, UNREADABLE_FORMULA } from "../../src/preview/plainErrors";
import { buildSamplePlan } from "../../src/preview/sample";
import { PreviewWorkbook, UNDO_LIMIT } from "../../src/preview/workbook";

async function sample() {
  const book = new PreviewWorkbook();
  await createPreviewHost(book).writePlan(buildSamplePlan());
  const sheet = book.selection()!.sheet;
  return { book, sheet };
}

const at = (row: number, col: number) => ({ row, col });

test("an edit, an overwrite and a Delete are undone in reverse order, each selecting its cells again, and redone", async () => {
  const { book, sheet } = await sample();
  const b5 = book.input(sheet, at(4, 1));
  expect(b5).not.toBe("");
  book.select(at(29, 5));
  book.setInput(sheet, at(29, 5), "123");
  book.select(at(4, 1));
  book.setInput(sheet, at(4, 1), "=1+1");
  book.select(at(29, 5));
  book.clear(sheet, [at(29, 5), at(30, 5)]);
  expect(book.input(sheet, at(29, 5))).toBe("");

  expect(book.undo()).toBe(true);
  expect(book.input(sheet, at(29, 5))).toBe("123");
  expect(book.undo()).toBe(true);
  expect(book.input(sheet, at(4, 1))).toBe(b5);
  expect(book.selection()?.anchor).toEqual(at(4, 1));
  expect(book.undo()).toBe(true);
  expect(book.input(sheet, at(29, 5))).toBe("");
  expect(book.undo()).toBe(false);

  expect(book.redo()).toBe(true);
  expect(book.input(sheet, at(29, 5))).toBe("123");
  expect(book.redo()).toBe(true);
  expect(book.value(sheet, at(4, 1))).toBe(2);
  // A new edit forgets what was undone.
  book.setInput(sheet, at(31, 5), "x");
  expect(book.redo()).toBe(false);
});

test("what the add-in writes (the sample, a template) is not an edit to undo; clearing empty cells is none either", async () => {
  const { book, sheet } = await sample();
  expect(book.undo()).toBe(false);
  book.clear(sheet, [at(40, 8)]);
  expect(book.undo()).toBe(false);
});

test(`undo goes back ${UNDO_LIMIT} edits at most`, async () => {
  const { book, sheet } = await sample();
  for (let i = 0; i < UNDO_LIMIT + 5; i++) book.setInput(sheet, at(29, 5), String(i));
  let undone = 0;
  while (book.undo()) undone++;
  expect(undone).toBe(UNDO_LIMIT);
  expect(book.input(sheet, at(29, 5))).toBe("4");
});

test("a formula the engine cannot read is told apart from one it can", () => {
  const book = new PreviewWorkbook();
  expect(book.isUnreadableFormula("=SUM(1,")).toBe(true);
  expect(book.isUnreadableFormula("=(1")).toBe(true);
  expect(book.isUnreadableFormula("=SUM(1,2)")).toBe(false);
  expect(book.isUnreadableFormula("=NOSUCHFN(1)")).toBe(false);
  expect(book.isUnreadableFormula("plain text")).toBe(false);
  expect(book.isUnreadableFormula("=")).toBe(false);
});

test.each([
  ["#ERROR!", "Parsing error. Expecting token of type --> RParen <-- but found --> '' <--", UNREADABLE_FORMULA],
  ["#NAME?", "Function name FOO not recognized.", "There is no function named FOO here: check its spelling (the preview's engine knows most of Excel's functions, not all)."],
  ["#NAME?", "Function name AIFLAG.NOPE not recognized.", "AIFLAG has no function named NOPE: =AIFLAG.FLAGS() lists the ones it has."],
  ["#NAME?", "Named expression revenue not recognized.", 'Nothing in this workbook is named revenue: check the spelling, or put a text in double quotes ("revenue").'],
  ["#REF!", "Sheet does not exist.", "The formula names a sheet this workbook does not have."],
  ["#SPILL!", "No space for array result.", "The result needs more cells than are free here: empty the cells it would spill into."],
  ["#N/A", "Wrong number of arguments.", "The function was given too many or too few arguments."],
  ["#VALUE!", "Value cannot be coerced to number.", "A text was used where a number is needed."],
  ["#NUM!", "NaN or infinite value encountered.", "The calculation has no finite result."],
  ["#DIV/0!", "", "The formula divides by zero (or by an empty cell)."],
  ["#CYCLE!", "", "The formula refers to its own cell, directly or through other cells (a circular reference)."],
  // AIFLAG's own messages are already sentences: unchanged.
  ["#N/A", "net income is not positive", "net income is not positive"],
  ["#NUM!", "", ""],
])("%s %p reads %p", (code, message, plain) => {
  expect(plainMessage(code, message)).toBe(plain);
});

test("the cells of the workbook carry the plain words", () => {
  const book = new PreviewWorkbook();
  const sheet = book.selection()?.sheet ?? book.engine.getSheetId(book.engine.addSheet("S"))!;
  book.select(at(0, 0));
  book.setInput(sheet, at(0, 0), "=NOSUCHFN(1)");
  book.setInput(sheet, at(1, 0), "=1/0");
  expect(book.value(sheet, at(0, 0))).toEqual({ code: "#NAME?", message: plainMessage("#NAME?", "Function name NOSUCHFN not recognized.") });
  expect(book.value(sheet, at(1, 0))).toEqual({ code: "#DIV/0!", message: "The formula divides by zero (or by an empty cell)." });
});
