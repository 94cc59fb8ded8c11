import type { ReactNode } from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { blocksComputation, type Analysis, type NeedsInputFlag } from "../../analysis";
import { computedFlags, failedFlags, failureOf, summaryOf } from "../analysisText";
import { ComputedFlagItem } from "./ComputedFlagItem";
import { Disclosure } from "./Disclosure";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  fact: { margin: 0, color: tokens.colorNeutralForeground2 },
});

function Heading({ children }: { children: string }) {
  const styles = useStyles();
  return (
    <Text as="h3" size={400} weight="semibold" className={styles.heading}>
      {children}
    </Text>
  );
}

/** Flags listed by title, each with a sentence (what it needs, why it failed). */
function Reasons({ items }: { items: ReadonlyArray<{ id: string; title: string; reason: string }> }) {
  const styles = useStyles();
  return (
    <ul className={styles.plain}>
      {items.map((f) => (
        <li key={f.id}>
          <Text weight="semibold">{f.title}</Text> <Text className={styles.fact}>{f.reason}</Text>
        </li>
      ))}
    </ul>
  );
}

interface Props {
  analysis: Analysis;
  /** Shown after the results (the assumptions the flags use). */
  children?: ReactNode;
}

/**
 * What the analysis found: an odd selection's sentence first (and nothing else when nothing can
 * be computed), the block, its problems, the flags with a value, those the core refused with the
 * reason, those that need input (closed at first: the list is long), the labels not recognised.
 */
export function AnalysisView({ analysis, children }: Props) {
  const styles = useStyles();
  const notice = analysis.notice && (
    <MessageBar intent="warning">
      <MessageBarBody>{analysis.notice}</MessageBarBody>
    </MessageBar>
  );
  if (blocksComputation(analysis.shape)) return <div className={styles.root}>{notice}</div>;
  const computed = computedFlags(analysis);
  const failed = failedFlags(analysis);
  const needs = analysis.flags.filter((f): f is NeedsInputFlag => f.state === "needs-input");
  return (
    <div className={styles.root}>
      {notice}
      <Text as="p" className={styles.fact}>
        {summaryOf(analysis)}
      </Text>
      {analysis.rows.length > 0 && (
        <Text as="p" className={styles.fact}>
          Rows recognised: {analysis.rows.map((r) => r.label).join(", ")}.
        </Text>
      )}
      {analysis.problems.map((p) => (
        <MessageBar key={p} intent="warning">
          <MessageBarBody>{p}</MessageBarBody>
        </MessageBar>
      ))}
      <section className={styles.root}>
        <Heading>{`Flags computed (${computed.length})`}</Heading>
        {computed.length === 0 ? (
          <Text as="p" className={styles.fact}>
            None: no flag found all it needs in this block.
          </Text>
        ) : (
          <ul className={styles.list}>
            {computed.map((f) => (
              <ComputedFlagItem key={f.id} flag={f} />
            ))}
          </ul>
        )}
      </section>
      {failed.length > 0 && (
        <section className={styles.root}>
          <Heading>{`Could not compute (${failed.length})`}</Heading>
          <Reasons items={failed.map((f) => ({ id: f.id, title: f.title, reason: failureOf(f) }))} />
        </section>
      )}
      {children}
      {needs.length > 0 && (
        <Disclosure label={`Flags that need input (${needs.length})`}>
          <Reasons items={needs.map((f) => ({ id: f.id, title: f.title, reason: f.message }))} />
        </Disclosure>
      )}
      {analysis.unrecognised.length > 0 && (
        <section className={styles.root}>
          <Heading>{`Labels not recognised (${analysis.unrecognised.length})`}</Heading>
          <ul className={styles.plain}>
            {analysis.unrecognised.map((label) => (
              <li key={label}>
                <Text>{label}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
