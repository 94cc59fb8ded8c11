import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { Sheet } from "../workbook";

const useStyles = makeStyles({
  root: {
    display: "flex",
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

/** The workbook's sheets, as tabs under the grid. */
export function SheetTabs({ sheets, active, onSelect }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <TabList
        size="small"
        aria-label="Sheets"
        selectedValue={active === undefined ? undefined : String(active)}
        onTabSelect={(_, data) => onSelect(Number(data.value))}
      >
        {sheets.map((s) => (
          <Tab key={s.id} value={String(s.id)} data-sheet={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
