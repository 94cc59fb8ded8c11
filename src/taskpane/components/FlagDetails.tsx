import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import { syntaxOf } from "../../core/docs/formula";
import type { FunctionDefinition } from "../../core/framework/definition";
import type { Host } from "../../host/host";
import { ExampleBlock } from "./ExampleBlock";
import { ParamList } from "./ParamList";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalS },
  syntax: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

interface Section {
  key: string;
  heading: string;
  text: string | undefined;
}

/** The prose sections of a card, in reading order; optimism only when the flag has it. */
export function sectionsOf(def: FunctionDefinition): Section[] {
  const w = def.words;
  return [
    { key: "why", heading: "Why it matters", text: w.why },
    { key: "watch", heading: "What to watch", text: w.watch },
    { key: "optimism", heading: "The case for optimism", text: w.optimism },
    { key: "method", heading: "How it is computed", text: w.method },
    { key: "thresholds", heading: "Thresholds", text: w.thresholds },
  ].filter((s) => s.text !== undefined && s.text.length > 0);
}

interface Props {
  def: FunctionDefinition;
  host: Host;
  /** Open every section (the reference page). */
  expanded?: boolean;
}

/** Everything below the summary and first example, collapsed so that a long catalogue stays scannable. */
export function FlagDetails({ def, host, expanded = false }: Props) {
  const styles = useStyles();
  const more = def.examples.slice(1);
  const sections = sectionsOf(def);
  const all = [...sections.map((s) => s.key), "syntax", "examples"];
  return (
    <Accordion multiple collapsible defaultOpenItems={expanded ? all : []}>
      {sections.map((s) => (
        <AccordionItem key={s.key} value={s.key}>
          <AccordionHeader as="h4" size="small">
            {s.heading}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Text as="p">{s.text}</Text>
          </AccordionPanel>
        </AccordionItem>
      ))}
      <AccordionItem value="syntax">
        <AccordionHeader as="h4" size="small">
          Syntax and parameters
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <code className={styles.syntax}>{syntaxOf(def)}</code>
          <ParamList params={def.params} />
        </AccordionPanel>
      </AccordionItem>
      {more.length > 0 && (
        <AccordionItem value="examples">
          <AccordionHeader as="h4" size="small">
            {more.length === 1 ? "One more example" : `${more.length} more examples`}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {more.map((example, i) => (
              <ExampleBlock key={i} def={def} example={example} host={host} />
            ))}
          </AccordionPanel>
        </AccordionItem>
      )}
    </Accordion>
  );
}
