import { useId } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { NAMESPACE } from "../../core/docs/formula";
import type { FunctionDefinition } from "../../core/framework/definition";
import type { Host } from "../../host/host";
import { FlagCard } from "./FlagCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  suggestion: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
});

interface Props {
  query: string;
  /** Best first. */
  matches: readonly FunctionDefinition[];
  suggestion: FunctionDefinition | undefined;
  /** Search for the suggested function instead. */
  onSuggest(def: FunctionDefinition): void;
  host: Host;
  expanded?: boolean;
}

/** The matching cards, best first; or a sentence saying nothing matched, with the nearest function to try. */
export function SearchResults({ query, matches, suggestion, onSuggest, host, expanded = false }: Props) {
  const styles = useStyles();
  const headingId = useId();
  if (matches.length === 0) {
    return (
      <div className={styles.root}>
        <Text as="p" className={styles.empty}>
          No function matches “{query.trim()}”.{suggestion ? "" : " Try fewer words, or other ones."}
        </Text>
        {suggestion && (
          <p className={styles.suggestion}>
            <Text>Did you mean</Text>
            <Button appearance="secondary" size="small" onClick={() => onSuggest(suggestion)}>
              {`${suggestion.words.title} (${NAMESPACE}.${suggestion.id})`}
            </Button>
            <Text>?</Text>
          </p>
        )}
      </div>
    );
  }
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        Best matches first
      </Text>
      {matches.map((def) => (
        <FlagCard key={def.id} def={def} host={host} expanded={expanded} />
      ))}
    </section>
  );
}
