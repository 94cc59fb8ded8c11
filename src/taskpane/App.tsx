import { Field, FluentProvider, SearchBox, Text, makeStyles, tokens, type Theme } from "@fluentui/react-components";
import type { FunctionDefinition } from "../core/framework/definition";
import { REGISTRY } from "../core/registry";
import type { Host } from "../host/host";
import { Catalogue } from "./components/Catalogue";
import { Header } from "./components/Header";
import { useCatalogueFilter } from "./useCatalogueFilter";

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
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  count: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  host: Host;
  theme: Theme;
  /** The functions to show; the registry unless a test says otherwise. */
  functions?: readonly FunctionDefinition[];
  /** "reference": the help page (help.html), every card open, addressable by #anchor. */
  view?: "taskpane" | "reference";
}

export function App({ host, theme, functions = REGISTRY, view = "taskpane" }: AppProps) {
  const styles = useStyles();
  const { query, setQuery, groups, shown, total } = useCatalogueFilter(functions);
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <div className={styles.page}>
        <Header host={host} />
        <main className={styles.main}>
          <Field label="Search functions" hint="By id, title or any word of the explanations.">
            <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
          </Field>
          <Text as="p" role="status" size={200} className={styles.count}>
            {query.trim() === "" ? `${total} functions` : `${shown} of ${total} functions match`}
          </Text>
          <Catalogue groups={groups} host={host} query={query} expanded={view === "reference"} />
        </main>
      </div>
    </FluentProvider>
  );
}
