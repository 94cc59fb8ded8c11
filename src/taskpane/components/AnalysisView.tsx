import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis, NeedsInputFlag } from "../../analysis";
import { computedFlags, summaryOf } from "../analysisText";
import { ComputedFlagItem } from "./ComputedFlagItem";

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

/** What the analysis found: the block, its problems, the flags computed, those that need input, the labels not recognised. */
export function AnalysisView({ analysis }: { analysis: Analysis }) {
  const styles = useStyles();
  const computed = computedFlags(analysis);
  const needs = analysis.flags.filter((f): f is NeedsInputFlag => f.state === "needs-input");
  return (
    <div className={styles.root}>
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
            None: no flag found all the rows it needs in this block.
          </Text>
        ) : (
          <ul className={styles.list}>
            {computed.map((f) => (
              <ComputedFlagItem key={f.id} flag={f} />
            ))}
          </ul>
        )}
      </section>
      {needs.length > 0 && (
        <section className={styles.root}>
          <Heading>{`Flags that need input (${needs.length})`}</Heading>
          <ul className={styles.plain}>
            {needs.map((f) => (
              <li key={f.id}>
                <Text weight="semibold">{f.title}</Text> <Text className={styles.fact}>{f.message}</Text>
              </li>
            ))}
          </ul>
        </section>
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
