import { useState, type ReactElement } from "react";
import { FluentProvider, Tab, TabList, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import type { FunctionDefinition } from "../core/framework/definition";
import { REGISTRY } from "../core/registry";
import type { Host } from "../host/host";
import { AnalysePanel } from "./components/AnalysePanel";
import { FunctionsPanel } from "./components/FunctionsPanel";
import { Header } from "./components/Header";
import { LoadOnOpenSwitch } from "./components/LoadOnOpenSwitch";
import { TemplatesPanel } from "./components/TemplatesPanel";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: "720px",
    marginLeft: "auto",
    marginRight: "auto",
  },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export const VIEWS = [
  { id: "functions", title: "Functions" },
  { id: "templates", title: "Templates" },
  { id: "analyse", title: "Analyse" },
] as const;

export type ViewId = (typeof VIEWS)[number]["id"];

export interface AppProps {
  host: Host;
  theme: Theme;
  /** The functions to show; the registry unless a test says otherwise. */
  functions?: readonly FunctionDefinition[];
  /** "reference": the help page (help.html), every card open, addressable by #anchor, no tabs. */
  view?: "taskpane" | "reference";
}

/**
 * The taskpane: the catalogue, the templates and the analysis under three tabs. A panel is
 * mounted when first shown and then kept (hidden when not chosen), so an analysis or a search
 * survives a look at another tab, and the first paint is the catalogue alone. In Excel, the foot
 * says whether AIFLAG loads with the workbook.
 */
export function App({ host, theme, functions = REGISTRY, view = "taskpane" }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<ViewId>("functions");
  const [opened, setOpened] = useState<ReadonlySet<ViewId>>(new Set(["functions"]));
  const choose = (next: ViewId) => {
    setTab(next);
    setOpened((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
  };
  const reference = view === "reference";
  const panels: Record<ViewId, ReactElement> = {
    functions: <FunctionsPanel host={host} functions={functions} expanded={reference} />,
    templates: <TemplatesPanel host={host} />,
    analyse: <AnalysePanel host={host} />,
  };
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <div className={styles.page}>
        <Header host={host} />
        <main className={styles.main}>
          {reference ? (
            panels.functions
          ) : (
            <>
              <TabList selectedValue={tab} onTabSelect={(_, data) => choose(data.value as ViewId)} aria-label="AIFLAG views">
                {VIEWS.map((v) => (
                  <Tab key={v.id} value={v.id} id={`tab-${v.id}`} aria-controls={`panel-${v.id}`}>
                    {v.title}
                  </Tab>
                ))}
              </TabList>
              {VIEWS.map((v) => (
                <div key={v.id} role="tabpanel" id={`panel-${v.id}`} aria-labelledby={`tab-${v.id}`} hidden={tab !== v.id}>
                  {opened.has(v.id) && panels[v.id]}
                </div>
              ))}
            </>
          )}
        </main>
        {!reference && <LoadOnOpenSwitch host={host} />}
      </div>
    </FluentProvider>
  );
}
