import { makeStyles, tokens } from "@fluentui/react-components";
import { Tabs } from "../../taskpane/components/Tabs";
import type { Sheet } from "../workbook";

const useStyles = makeStyles({
  root: {
    display: "flex",
    // Never squeezed by the grid above: a scroll container in a flex column may otherwise shrink
    // to nothing, and its tabs (wrapped onto a second line once there are many) fall under the grid.
    flexShrink: 0,
    overflowX: "auto",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

interface Props {
  sheets: readonly Sheet[];
  active: number | undefined;
  onSelect(sheet: number): void;
}

/** The workbook's sheets, as tabs under the grid (the grid above is what each tab shows). */
export function SheetTabs({ sheets, active, onSelect }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Tabs
        size="small"
        label="Sheets"
        idPrefix="preview-sheets"
        items={sheets.map((s) => ({ id: String(s.id), label: s.name, data: { "data-sheet": s.name } }))}
        selected={active === undefined ? undefined : String(active)}
        onSelect={(id) => onSelect(Number(id))}
      />
    </div>
  );
}
