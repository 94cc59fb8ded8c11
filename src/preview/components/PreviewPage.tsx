import { useState } from "react";
import { FluentProvider, Switch, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Host } from "../../host/host";
import { App } from "../../taskpane/App";
import { systemAppearance } from "../../taskpane/theme";
import type { PreviewWorkbook } from "../workbook";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, flexShrink: 0, whiteSpace: "nowrap" },
  note: { margin: 0, color: tokens.colorNeutralForeground2, flexGrow: 1, flexBasis: "320px" },
  office: { margin: 0, flexShrink: 0, color: tokens.colorNeutralForeground2 },
  panes: { display: "flex", flexGrow: 1, minHeight: 0 },
  workbook: { flexGrow: 1, minWidth: 0, minHeight: 0, display: "flex", flexDirection: "column" },
  // Excel's task panes are 350 pixels wide by default: the same here, plus the scroll bar.
  taskpane: {
    width: "366px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

interface Props {
  book: PreviewWorkbook;
  host: Host;
  /** What office.js said outside Office, in words, for the top bar. */
  office: string;
}

/**
 * The preview: a workbook on the left, the real taskpane on the right, as Excel lays them out.
 * The switch puts the page and the pane in the dark theme (as with a dark Office theme); the grid
 * stays light, as Excel's cells do unless told otherwise.
 */
export function PreviewPage({ book, host, office }: Props) {
  const styles = useStyles();
  const [dark, setDark] = useState(() => systemAppearance(typeof window === "undefined" ? undefined : window) === "dark");
  const theme = dark ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme}>
      <div className={styles.page}>
        <header className={styles.top}>
          <Text as="h1" size={400} weight="semibold" className={styles.title}>
            AIFLAG preview
          </Text>
          <Text as="p" size={200} className={styles.note}>
            The add-in&apos;s taskpane beside a workbook computed in this browser by a formula engine with the AIFLAG functions. A
            development tool, not Excel: charts show as placeholders.
          </Text>
          <Text as="p" size={200} className={styles.office} data-testid="office-status">
            {office}
          </Text>
          <Switch label="Dark theme" checked={dark} onChange={(_, data) => setDark(data.checked)} />
        </header>
        <div className={styles.panes}>
          <FluentProvider theme={webLightTheme} className={styles.workbook}>
            <main className={styles.workbook} aria-label="Workbook">
              <WorkbookView book={book} />
            </main>
          </FluentProvider>
          <aside className={styles.taskpane} aria-label="AIFLAG taskpane">
            <App host={host} theme={theme} embedded />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
