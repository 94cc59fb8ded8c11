import { lazy, Suspense, type ReactNode } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { loadFormulaBuilder } from "../chunks";
import { syntaxOf } from "../../core/docs/formula";
import type { FunctionDefinition } from "../../core/framework/definition";
import type { Host } from "../../host/host";
import { ExampleBlock } from "./ExampleBlock";
import { ParamList } from "./ParamList";

// Its own chunk, loaded in the background once the pane is up (chunks.ts): a closed card costs nothing for it.
const FormulaBuilder = lazy(() => loadFormulaBuilder().then((m) => ({ default: m.FormulaBuilder })));

/** The builder's heading: the first part of every card's details. */
export const BUILDER_HEADING = "Build with my cells";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  text: { margin: 0 },
  syntax: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/** One part of a card's details: a heading and what it holds. Another part is one more entry of `detailSectionsOf`. */
export interface DetailSection {
  key: string;
  heading: string;
  content: ReactNode;
}

interface ProseSection {
  key: string;
  heading: string;
  text: string | undefined;
}

/** The prose sections of a card, in reading order; optimism only when the flag has it. */
export function sectionsOf(def: FunctionDefinition): ProseSection[] {
  const w = def.words;
  return [
    { key: "why", heading: "Why it matters", text: w.why },
    { key: "watch", heading: "What to watch", text: w.watch },
    { key: "optimism", heading: "The case for optimism", text: w.optimism },
    { key: "method", heading: "How it is computed", text: w.method },
    { key: "thresholds", heading: "Thresholds", text: w.thresholds },
  ].filter((s) => s.text !== undefined && s.text.length > 0);
}

/** "One more example", "2 more examples". */
export const moreExamplesHeading = (n: number): string => (n === 1 ? "One more example" : `${n} more examples`);

/** The parts of a card's details, in reading order: the builder first, as the one thing to do there. */
function useDetailSections(def: FunctionDefinition, host: Host): DetailSection[] {
  const styles = useStyles();
  const more = def.examples.slice(1);
  return [
    {
      key: "builder",
      heading: BUILDER_HEADING,
      content: (
        <Suspense
          fallback={
            <Text as="p" className={styles.text}>
              Loading...
            </Text>
          }
        >
          <FormulaBuilder def={def} host={host} />
        </Suspense>
      ),
    },
    ...sectionsOf(def).map((s) => ({
      key: s.key,
      heading: s.heading,
      content: (
        <Text as="p" className={styles.text}>
          {s.text}
        </Text>
      ),
    })),
    {
      key: "syntax",
      heading: "Syntax and parameters",
      content: (
        <>
          <code className={styles.syntax}>{syntaxOf(def)}</code>
          <ParamList params={def.params} />
        </>
      ),
    },
    ...(more.length > 0
      ? [{ key: "examples", heading: moreExamplesHeading(more.length), content: more.map((example, i) => <ExampleBlock key={i} def={def} example={example} host={host} />) }]
      : []),
  ];
}

function Part({ section }: { section: DetailSection }) {
  const styles = useStyles();
  // A plain block under its heading, not a labelled region: every card has a "Why it matters".
  return (
    <div className={styles.section} data-part={section.key}>
      <Text as="h4" size={300} weight="semibold" className={styles.heading}>
        {section.heading}
      </Text>
      {section.content}
    </div>
  );
}

interface Props {
  /** The id the card's disclosure button names in aria-controls. */
  id: string;
  def: FunctionDefinition;
  host: Host;
}

/**
 * Everything below a card's summary and first example, shown when the card's one disclosure is
 * open: the words, the syntax and parameters, further examples. Rendered only when open, so that
 * a closed catalogue costs nothing for them.
 */
export function FlagDetails({ id, def, host }: Props) {
  const styles = useStyles();
  const parts = useDetailSections(def, host);
  return (
    <div id={id} className={styles.root}>
      {parts.map((section) => (
        <Part key={section.key} section={section} />
      ))}
    </div>
  );
}
