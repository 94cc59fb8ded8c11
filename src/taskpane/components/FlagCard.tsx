import { useId, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { NAMESPACE } from "../../core/docs/formula";
import { anchorOf } from "../../core/docs/reference";
import type { FunctionDefinition } from "../../core/framework/definition";
import type { Host } from "../../host/host";
import { Chevron } from "./Chevron";
import { ExampleBlock } from "./ExampleBlock";
import { FlagDetails } from "./FlagDetails";
import { SURFACE } from "./surface";

const useStyles = makeStyles({
  card: {
    ...SURFACE,
    margin: 0,
    // Focused only from the help URL's anchor (tabindex -1), never by Tab: no ring.
    ":focus": { outlineStyle: "none" },
  },
  heading: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  summary: { margin: 0 },
  toggle: { alignSelf: "flex-start" },
});

interface Props {
  def: FunctionDefinition;
  host: Host;
  /** Open the details (the reference page). */
  expanded?: boolean;
}

/**
 * One function: title, Excel name, summary and first example in view; everything else (words,
 * syntax, parameters, further examples) behind one disclosure, so that a card is two stops of
 * the Tab key (its example's button, its Details button). A plain <article> styled with tokens
 * rather than Fluent Card: the same look, native semantics, and less bundle.
 */
export function FlagCard({ def, host, expanded = false }: Props) {
  const styles = useStyles();
  const titleId = useId();
  const detailsId = useId();
  const [open, setOpen] = useState(expanded);
  return (
    // The id is the anchor of the function's help URL (help.html#fcfconv); the page focuses it there.
    <article id={anchorOf(def)} aria-labelledby={titleId} tabIndex={-1} className={styles.card}>
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
      <Button
        appearance="subtle"
        size="small"
        className={styles.toggle}
        icon={<Chevron open={open} />}
        aria-expanded={open}
        aria-controls={open ? detailsId : undefined}
        aria-describedby={titleId}
        onClick={() => setOpen(!open)}
      >
        Details
      </Button>
      {open && <FlagDetails id={detailsId} def={def} host={host} />}
    </article>
  );
}
