import { makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState, useSyncExternalStore } from "react";
import { cellAddress, rangeAddress } from "../../core/cells/a1";
import { isShownError } from "../format";
import { UNREADABLE_FORMULA } from "../plainErrors";
import { boxOf, type PreviewWorkbook } from "../workbook";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { SheetTabs } from "./SheetTabs";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100%", minWidth: 0, minHeight: 0 },
  message: {
    minHeight: tokens.lineHeightBase300,
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * The workbook beside the taskpane: formula bar, grid and sheet tabs. An entry typed in the
 * formula bar (or started by typing on the grid) is set with Enter, as in Excel; the line under
 * the bar explains the active cell's error, or why an entry was refused (a formula the engine
 * cannot read is refused, as Excel refuses it).
 */
export function WorkbookView({ book }: { book: PreviewWorkbook }) {
  const styles = useStyles();
  const version = useSyncExternalStore(book.subscribe, book.version);
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const grid = useRef<HTMLTableElement>(null);

  const sel = book.selection();
  if (!sel) return <p className={styles.message}>The workbook has no sheet.</p>;
  const { sheet, anchor } = sel;
  const box = boxOf(sel.anchor, sel.focus);
  const address = box.top === box.bottom && box.left === box.right ? cellAddress(anchor) : rangeAddress(box);
  const value = book.value(sheet, anchor);

  const startEditing = (initial?: string) => {
    setRefusal(null);
    setDraft(initial ?? book.input(sheet, anchor));
    // Now, so that the next keystrokes land in the box; React puts the draft in it (caret at the end).
    input.current?.focus();
  };
  const commit = () => {
    if (draft !== null) {
      // As Excel does, a formula that cannot be read is refused, and stays in the bar to be fixed.
      if (book.isUnreadableFormula(draft)) {
        setRefusal(`${UNREADABLE_FORMULA} Fix it and press Enter, or press Esc to cancel.`);
        input.current?.focus();
        return;
      }
      try {
        book.setInput(sheet, anchor, draft);
      } catch (error) {
        setRefusal(`That entry was not set: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
    }
    setDraft(null);
    book.select({ row: anchor.row + 1, col: anchor.col });
    grid.current?.focus({ preventScroll: true });
  };
  const cancel = () => {
    setDraft(null);
    grid.current?.focus({ preventScroll: true });
  };

  const message = refusal ?? (isShownError(value) ? `${value.code} ${value.message}` : book.isSpilled(sheet, anchor) ? "Spilled from a formula above or to the left." : "");
  const isError = refusal !== null || isShownError(value);

  return (
    <div className={styles.root}>
      <FormulaBar
        address={address}
        text={draft ?? book.input(sheet, anchor)}
        inputRef={input}
        onChange={(text) => setDraft(text)}
        onCommit={commit}
        onCancel={cancel}
      />
      <p id="preview-cell-message" className={isError ? `${styles.message} ${styles.error}` : styles.message} aria-live="polite">
        {message}
      </p>
      <Grid
        book={book}
        sheet={sheet}
        version={version}
        focusRef={grid}
        onType={(initial) => startEditing(initial)}
        onEdit={() => startEditing()}
        onSelect={() => {
          setDraft(null);
          setRefusal(null);
        }}
      />
      <SheetTabs
        sheets={book.sheets()}
        active={sheet}
        onSelect={(id) => {
          setDraft(null);
          book.activate(id);
        }}
      />
    </div>
  );
}
