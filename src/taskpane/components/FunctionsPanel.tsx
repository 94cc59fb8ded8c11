import { Field, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FunctionDefinition } from "../../core/framework/definition";
import type { Host } from "../../host/host";
import { useCatalogueFilter } from "../useCatalogueFilter";
import { Catalogue } from "./Catalogue";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  count: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  host: Host;
  functions: readonly FunctionDefinition[];
  /** Every card open (the reference page). */
  expanded: boolean;
}

/** The function catalogue: a search box, the count it leaves, and the cards under their groups. */
export function FunctionsPanel({ host, functions, expanded }: Props) {
  const styles = useStyles();
  const { query, setQuery, groups, shown, total } = useCatalogueFilter(functions);
  return (
    <div className={styles.root}>
      <Field label="Search functions" hint="By id, title or any word of the explanations.">
        <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      <Text as="p" role="status" size={200} className={styles.count}>
        {query.trim() === "" ? `${total} functions` : `${shown} of ${total} functions match`}
      </Text>
      <Catalogue groups={groups} host={host} query={query} expanded={expanded} />
    </div>
  );
}
