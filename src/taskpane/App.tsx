import { lazy, Suspense, useEffect, useRef, useState, type ReactElement } from "react";
import { FluentProvider, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import { loadAnalysePanel, loadChunksWhenIdle, loadTemplatesPanel } from "./chunks";
import type { FunctionDefinition } from "../core/framework/definition";
import { REGISTRY } from "../core/registry";
import type { Host } from "../host/host";
import { markStartHereDone, startHereDone } from "./firstRun";
import { FUNCTIONS_LIST_ID, FunctionsPanel } from "./components/FunctionsPanel";
import { Header } from "./components/Header";
import { LastInsertion } from "./components/LastInsertion";
import { LoadOnOpenSwitch } from "./components/LoadOnOpenSwitch";
import { StartHere, type StartChoice } from "./components/StartHere";
import { tabIds, Tabs } from "./components/Tabs";

// Loaded when first shown, or in the background once the pane is up (chunks.ts): the first frame
// needs the catalogue only, and the templates and the analysis are most of the rest of the code.
const TemplatesPanel = lazy(() => loadTemplatesPanel().then((m) => ({ default: m.TemplatesPanel })));
const AnalysePanel = lazy(() => loadAnalysePanel().then((m) => ({ default: m.AnalysePanel })));

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  embedded: { minHeight: "100%" },
  page: {
    position: "relative",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: "720px",
    marginLeft: "auto",
    marginRight: "auto",
  },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  panel: { ":focus": { outlineStyle: "none" } },
  // Out of sight until focused, as skip links are: the first Tab stop of the page.
  skip: {
    position: "absolute",
    left: tokens.spacingHorizontalS,
    top: tokens.spacingVerticalS,
    zIndex: 10,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    boxShadow: tokens.shadow16,
    ":not(:focus)": { clipPath: "inset(50%)", width: "1px", height: "1px", overflow: "hidden", padding: 0, whiteSpace: "nowrap" },
  },
  loading: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export const VIEWS = [
  { id: "functions", title: "Functions" },
  { id: "templates", title: "Templates" },
  { id: "analyse", title: "Analyse" },
] as const;

export type ViewId = (typeof VIEWS)[number]["id"];

const TAB_ITEMS = VIEWS.map((v) => ({ id: v.id, label: v.title }));
const TABS_ID = "aiflag-views";

export const SKIP_LINK_TEXT = "Skip to the functions";

export interface AppProps {
  host: Host;
  theme: Theme;
  /** The functions to show; the registry unless a test says otherwise. */
  functions?: readonly FunctionDefinition[] | undefined;
  /** "reference": the help page (help.html), every card open, a table of contents, no tabs. */
  view?: "taskpane" | "reference";
  /** The function the page's address names (help.html#depcliff): the reference page opens on it. */
  anchor?: string | undefined;
  /** Inside another page (the preview): no `main` landmark of its own, and the height of its container. */
  embedded?: boolean;
}

/**
 * The taskpane: a first-run card, then the catalogue, the templates and the analysis under three
 * tabs. A panel is mounted when first shown and then kept (hidden when not chosen), so an
 * analysis or a search survives a look at another tab, and the first paint is the catalogue
 * alone. In Excel, the foot says whether AIFLAG loads with the workbook.
 */
export function App({ host, theme, functions = REGISTRY, view = "taskpane", anchor, embedded = false }: AppProps) {
  const styles = useStyles();
  const reference = view === "reference";
  const [tab, setTab] = useState<ViewId>("functions");
  const [opened, setOpened] = useState<ReadonlySet<ViewId>>(new Set(["functions"]));
  const [startHere, setStartHere] = useState(() => !reference && !startHereDone());
  // Where the keyboard goes once the next render is on screen (a choice made from a card that then disappears).
  const focusNext = useRef<string | undefined>(undefined);
  // The taskpane's other chunks load in the background once its first render is on screen.
  useEffect(() => (reference ? undefined : loadChunksWhenIdle()), [reference]);
  useEffect(() => {
    const id = focusNext.current;
    focusNext.current = undefined;
    if (id) document.getElementById(id)?.focus();
  });

  const choose = (next: ViewId) => {
    setTab(next);
    setOpened((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
  };
  const start = (choice: StartChoice) => {
    markStartHereDone();
    setStartHere(false);
    choose(choice);
    focusNext.current = choice === "functions" ? FUNCTIONS_LIST_ID : tabIds(TABS_ID, choice).panel;
  };
  const skip = (e: { preventDefault(): void }) => {
    e.preventDefault();
    choose("functions");
    focusNext.current = FUNCTIONS_LIST_ID;
    // Nothing else may render: move the focus now as well.
    document.getElementById(FUNCTIONS_LIST_ID)?.focus();
  };

  const functionsPanel = <FunctionsPanel host={host} functions={functions} reference={reference} anchor={anchor} />;
  const panels: Record<ViewId, ReactElement> = {
    functions: functionsPanel,
    templates: <TemplatesPanel host={host} />,
    analyse: <AnalysePanel host={host} />,
  };
  const Main = embedded ? "div" : "main";
  return (
    <FluentProvider theme={theme} className={embedded ? styles.embedded : styles.provider}>
      <div className={styles.page}>
        <a href={`#${FUNCTIONS_LIST_ID}`} className={styles.skip} onClick={skip}>
          {SKIP_LINK_TEXT}
        </a>
        <Header host={host} />
        <Main className={styles.main}>
          {reference ? (
            functionsPanel
          ) : (
            <>
              {startHere && <StartHere onChoose={start} />}
              <Tabs items={TAB_ITEMS} selected={tab} onSelect={choose} label="AIFLAG views" idPrefix={TABS_ID} controls />
              {VIEWS.map((v) => {
                const ids = tabIds(TABS_ID, v.id);
                return (
                  <div key={v.id} role="tabpanel" id={ids.panel} aria-labelledby={ids.tab} hidden={tab !== v.id} tabIndex={-1} className={styles.panel}>
                    {opened.has(v.id) && (
                      <Suspense
                        fallback={
                          <p role="status" className={styles.loading}>
                            Loading...
                          </p>
                        }
                      >
                        {panels[v.id]}
                      </Suspense>
                    )}
                  </div>
                );
              })}
            </>
          )}
        </Main>
        {!reference && <LastInsertion host={host} />}
        {!reference && <LoadOnOpenSwitch host={host} />}
      </div>
    </FluentProvider>
  );
}
