import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, useEffect, useId, useRef, type KeyboardEvent, type RefObject } from "react";
import { cellAddress, columnName, type CellPosition, inBox } from "../../core/cells/a1";
import { cellView, DEFAULT_COLUMN_PX, pxOfWidth } from "../cellLook";
import { boxOf, chartBox, type PreviewWorkbook } from "../workbook";

export const ROW_PX = 22;
const ROW_HEADER_PX = 44;
/** Rows and columns shown past the used ones, so that there is room to type. */
const MARGIN_ROWS = 8;
const MARGIN_COLS = 3;
const MIN_ROWS = 30;
const MIN_COLS = 10;

const useStyles = makeStyles({
  scroller: {
    // The room the formula bar and the sheet tabs leave, whatever the sheet's size: it scrolls inside.
    flexGrow: 1,
    flexBasis: 0,
    minHeight: 0,
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    // The active cell's frame shows where the keyboard is.
    outlineStyle: "none",
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    userSelect: "none",
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  colHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${ROW_PX}px`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 2,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
  },
  headerSelected: { backgroundColor: tokens.colorNeutralBackground3Selected, color: tokens.colorNeutralForeground1 },
  cell: {
    height: `${ROW_PX}px`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "clip",
    color: tokens.colorNeutralForeground1,
    cursor: "cell",
    // Scrolled into view clear of the sticky headers.
    scrollMarginTop: `${ROW_PX}px`,
    scrollMarginLeft: `${ROW_HEADER_PX}px`,
  },
  /** Text runs on over empty neighbours, as in Excel. */
  overflowing: { overflow: "visible" },
  /**
   * A cell's text lets clicks through: where it runs on over an empty neighbour, a click there
   * selects the neighbour, as in Excel, not the cell the text belongs to.
   */
  text: { pointerEvents: "none" },
  /** Read by screen readers, not shown. */
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  error: { color: tokens.colorPaletteRedForeground1 },
  selected: { backgroundImage: `linear-gradient(${tokens.colorBrandBackground2}, ${tokens.colorBrandBackground2})`, backgroundBlendMode: "multiply" },
  active: { boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}` },
  chartCell: { position: "relative", overflow: "visible", zIndex: 1 },
  chart: {
    position: "absolute",
    top: 0,
    left: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    rowGap: tokens.spacingVerticalXS,
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalS,
    whiteSpace: "normal",
    textAlign: "center",
    pointerEvents: "none",
    backgroundColor: tokens.colorNeutralBackground2,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
  },
  chartTitle: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  /** A cell of a frozen row or column stays in view (offsets set per cell), over the cells scrolled under it. */
  frozen: { position: "sticky", zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
});

interface Props {
  book: PreviewWorkbook;
  sheet: number;
  /** The workbook's version: the grid renders again only when it changes (not on every keystroke in the formula bar). */
  version: number;
  /** Start typing into the active cell (the formula bar takes over). */
  onType(initial: string): void;
  /** Edit the active cell's content in the formula bar. */
  onEdit(): void;
  /** The selection moved: an entry in progress is dropped. */
  onSelect(): void;
  /** The focusable grid, for the formula bar to return to. */
  focusRef: RefObject<HTMLTableElement | null>;
}

const CHART_KIND = { line: "Line chart", columnClustered: "Clustered column chart" } as const;

/**
 * The sheet: column letters, row numbers, cells showing values in their format. Click selects a
 * cell, shift+click or a drag extends the selection; arrows move (shift extends), typing starts
 * an entry in the formula bar, Delete clears, Ctrl+Z undoes the last edit and Ctrl+Y redoes it.
 * Charts show as labelled placeholders where Excel would draw them.
 *
 * For screen readers it is an ARIA grid that keeps the focus and names the active cell with
 * aria-activedescendant, so that moving announces the cell reached (its text, row and column).
 */
export const Grid = memo(GridView, (a, b) => a.book === b.book && a.sheet === b.sheet && a.version === b.version);

function GridView({ book, sheet, onType, onEdit, onSelect, focusRef: grid }: Props) {
  const styles = useStyles();
  const dragging = useRef(false);
  const idPrefix = `${useId()}-s${sheet}`;
  const cellId = (p: CellPosition) => `${idPrefix}-${cellAddress(p)}`;
  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  const look = book.look(sheet);
  const sel = book.selection();
  const activeId = sel ? cellId(sel.anchor) : undefined;
  // The keyboard moves the active cell out of sight: bring it back, as Excel does.
  useEffect(() => {
    if (activeId) grid.current?.ownerDocument.getElementById(activeId)?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [activeId, grid]);
  const box = sel ? boxOf(sel.anchor, sel.focus) : undefined;
  const used = book.usedSize(sheet);
  const charts = look.charts.map((chart) => ({ chart, box: chartBox(chart) }));
  const rows = Math.min(2000, Math.max(MIN_ROWS, used.rows + MARGIN_ROWS, (box?.bottom ?? 0) + 2, ...charts.map((c) => c.box.bottom + 2)));
  const cols = Math.min(120, Math.max(MIN_COLS, used.cols + MARGIN_COLS, (box?.right ?? 0) + 2, ...charts.map((c) => c.box.right + 2)));
  const widths = Array.from({ length: cols }, (_, c) => {
    const w = look.widths.get(c);
    return w === undefined ? DEFAULT_COLUMN_PX : pxOfWidth(w);
  });
  // Frozen panes: where each frozen column starts from the left, each frozen row from the top.
  const frozenLeft = widths.slice(0, look.freeze.columns).map((_, c) => ROW_HEADER_PX + widths.slice(0, c).reduce((a, b) => a + b, 0));
  const frozenTop = Array.from({ length: look.freeze.rows }, (_, r) => ROW_PX * (r + 1));
  const frozenAt = (r: number, c: number) => ({
    ...(c < frozenLeft.length ? { left: `${frozenLeft[c]}px` } : {}),
    ...(r < frozenTop.length ? { top: `${frozenTop[r]}px` } : {}),
    // The top-left block stays over both the frozen rows and the frozen columns scrolling under it.
    ...(c < frozenLeft.length && r < frozenTop.length ? { zIndex: 2 } : {}),
  });

  const move = (to: CellPosition, extend: boolean) => {
    onSelect();
    const p = { row: Math.max(0, to.row), col: Math.max(0, to.col) };
    if (extend) book.extend(p);
    else book.select(p);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!sel) return;
    const from = e.shiftKey ? sel.focus : sel.anchor;
    const steps: Record<string, CellPosition> = {
      ArrowUp: { row: from.row - 1, col: from.col },
      ArrowDown: { row: from.row + 1, col: from.col },
      ArrowLeft: { row: from.row, col: from.col - 1 },
      ArrowRight: { row: from.row, col: from.col + 1 },
      Tab: { row: sel.anchor.row, col: sel.anchor.col + (e.shiftKey ? -1 : 1) },
      Enter: { row: sel.anchor.row + 1, col: sel.anchor.col },
    };
    const to = steps[e.key];
    if (to) {
      e.preventDefault();
      move(to, e.shiftKey && e.key.startsWith("Arrow"));
    } else if ((e.ctrlKey || e.metaKey) && !e.altKey && ["z", "y"].includes(e.key.toLowerCase())) {
      e.preventDefault();
      onSelect();
      const redo = e.key.toLowerCase() === "y" || e.shiftKey;
      if (redo) book.redo();
      else book.undo();
    } else if (e.key === "F2") {
      e.preventDefault();
      onEdit();
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      const b = boxOf(sel.anchor, sel.focus);
      const cells: CellPosition[] = [];
      for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) cells.push({ row: r, col: c });
      book.clear(sheet, cells);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      onType(e.key);
    }
  };

  const select = (p: CellPosition, extend: boolean) => {
    onSelect();
    grid.current?.focus({ preventScroll: true });
    if (extend) book.extend(p);
    else book.select(p);
  };

  const body = [];
  for (let r = 0; r < rows; r++) {
    const cells = [];
    for (let c = 0; c < cols; c++) {
      const p = { row: r, col: c };
      const view = cellView(look, p, book.value(sheet, p), book.typedFormat(sheet, p), widths[c]);
      const nextEmpty = c + 1 >= cols || book.isEmpty(sheet, { row: r, col: c + 1 });
      const chart = charts.find((x) => x.box.top === r && x.box.left === c);
      const isSelected = box !== undefined && inBox(box, p);
      const isActive = sel !== undefined && sel.anchor.row === r && sel.anchor.col === c;
      const className = mergeClasses(
        styles.cell,
        view.text !== "" && view.align === "left" && nextEmpty && styles.overflowing,
        view.error && styles.error,
        // As in Excel, the active cell stays clear inside a selected block.
        isSelected && !isActive && styles.selected,
        isActive && styles.active,
        chart && styles.chartCell,
        (c < frozenLeft.length || r < frozenTop.length) && styles.frozen,
      );
      cells.push(
        <td
          key={c}
          id={cellId(p)}
          role="gridcell"
          aria-selected={isSelected}
          data-address={view.address}
          title={view.title}
          className={className}
          style={{ ...frozenAt(r, c), ...view.style }}
          onMouseDown={(e) => {
            e.preventDefault();
            dragging.current = true;
            select(p, e.shiftKey);
          }}
          onMouseEnter={() => {
            if (dragging.current) book.extend(p);
          }}
          onDoubleClick={onEdit}
        >
          {view.text !== "" && <span className={styles.text}>{view.text}</span>}
          {chart && (
            <div
              className={styles.chart}
              role="img"
              aria-label={`Chart placeholder: ${chart.chart.title}`}
              style={{
                width: `${widths.slice(c, c + chart.chart.widthCells).reduce((a, b) => a + b, 0)}px`,
                height: `${chart.chart.heightCells * ROW_PX}px`,
              }}
            >
              <span className={styles.chartTitle}>{chart.chart.title}</span>
              <span>
                {CHART_KIND[chart.chart.type]} of {chart.chart.dataRange}
              </span>
              <span>Excel draws the chart here; the preview only marks its place.</span>
            </div>
          )}
        </td>,
      );
    }
    const rowSelected = box !== undefined && r >= box.top && r <= box.bottom;
    body.push(
      <tr key={r}>
        <th scope="row" className={mergeClasses(styles.rowHeader, rowSelected && styles.headerSelected)} style={r < frozenTop.length ? { top: `${frozenTop[r]}px`, zIndex: 3 } : undefined}>
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }

  return (
    <div className={styles.scroller}>
      <table
        ref={grid}
        role="grid"
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-label={book.sheetName(sheet)}
        aria-multiselectable
        aria-activedescendant={activeId}
        className={styles.table}
        style={{ width: `${ROW_HEADER_PX + widths.reduce((a, b) => a + b, 0)}px` }}
      >
        <colgroup>
          <col style={{ width: `${ROW_HEADER_PX}px` }} />
          {widths.map((w, c) => (
            <col key={c} style={{ width: `${w}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              <span className={styles.hidden}>Row</span>
            </th>
            {widths.map((_, c) => (
              <th
                key={c}
                scope="col"
                className={mergeClasses(styles.colHeader, box !== undefined && c >= box.left && c <= box.right && styles.headerSelected)}
                style={c < frozenLeft.length ? { left: `${frozenLeft[c]}px`, zIndex: 3 } : undefined}
              >
                {columnName(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
}
