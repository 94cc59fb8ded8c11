import { useId } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { NAMESPACE } from "../../core/docs/formula";
import { anchorOf } from "../../core/docs/reference";
import type { FunctionDefinition } from "../../core/framework/definition";
import type { Host } from "../../host/host";
import { ExampleBlock } from "./ExampleBlock";
import { FlagDetails } from "./FlagDetails";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  heading: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  summary: { margin: 0 },
});

interface Props {
  def: FunctionDefinition;
  host: Host;
  /** Open every section (the reference page). */
  expanded?: boolean;
}

/**
 * One function: title, Excel name, summary and first example in view; the rest (words, syntax,
 * parameters, further examples) in collapsible sections. A plain <article> styled with tokens
 * rather than Fluent Card: the same look, native semantics, and 33 KiB less bundle.
 */
export function FlagCard({ def, host, expanded = false }: Props) {
  const styles = useStyles();
  const titleId = useId();
  return (
    // The id is the anchor of the function's help URL (help.html#fcfconv).
    <article id={anchorOf(def)} aria-labelledby={titleId} className={styles.card}>
      <div className={styles.heading}>
        <Text as="h3" id={titleId} size={400} weight="semibold" className={styles.title}>
          {def.words.title}
        </Text>
        <code className={styles.id}>{`${NAMESPACE}.${def.id}`}</code>
      </div>
      <Text as="p" className={styles.summary}>
        {def.words.summary}
      </Text>
      {def.examples.length > 0 && <ExampleBlock def={def} example={def.examples[0]} host={host} />}
      <FlagDetails def={def} host={host} expanded={expanded} />
    </article>
  );
}
