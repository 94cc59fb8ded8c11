import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Host } from "../../host/host";
import { App } from "../../taskpane/App";
import type { PreviewWorkbook } from "../workbook";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  top: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, flexShrink: 0, whiteSpace: "nowrap" },
  note: { margin: 0, color: tokens.colorNeutralForeground3, flexGrow: 1 },
  office: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  panes: { display: "flex", flexGrow: 1, minHeight: 0 },
  workbook: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  taskpane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

interface Props {
  book: PreviewWorkbook;
  host: Host;
  /** What office.js said outside Office, for the top bar. */
  office: string;
}

/** The preview: a workbook on the left, the real taskpane on the right, as Excel lays them out. */
export function PreviewPage({ book, host, office }: Props) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <header className={styles.top}>
          <Text as="h1" size={400} weight="semibold" className={styles.title}>
            AIFLAG preview
          </Text>
          <Text as="p" size={200} className={styles.note}>
            The add-in&apos;s taskpane beside a workbook computed in this browser by a formula engine with the AIFLAG functions. A
            development tool, not Excel: charts show as placeholders.
          </Text>
          <Text size={200} className={styles.office}>
            {office}
          </Text>
        </header>
        <div className={styles.panes}>
          <main className={styles.workbook} aria-label="Workbook">
            <WorkbookView book={book} />
          </main>
          <aside className={styles.taskpane} aria-label="AIFLAG taskpane">
            <App host={host} theme={webLightTheme} />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
