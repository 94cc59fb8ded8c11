import { useId, useRef, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { analyseSelection, type Analysis } from "../../analysis";
import type { Host, SelectionResult } from "../../host/host";
import { NOT_CONNECTED_MESSAGES } from "../../host/messages";
import { computedFlags } from "../analysisText";
import { useHostAction, type Outcome } from "../useHostAction";
import { AnalysisView } from "./AnalysisView";
import { NotConnectedNote } from "./NotConnectedNote";
import { StatusLine } from "./StatusLine";
import { WriteBeside } from "./WriteBeside";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The selection analysed, or the host's sentence when there was nothing to analyse. */
type Read = { analysis: Analysis; n: number } | Exclude<SelectionResult, { outcome: "read" }>;

const describe = (read: Read): Outcome =>
  "analysis" in read
    ? { message: `Analysed: ${computedFlags(read.analysis).length} of ${read.analysis.flags.length} flags computed.`, tone: "success" }
    : { message: read.message, tone: "warning" };

/** Analyse the selected block of the analyst's own model, then, on request, write the formulas beside it. */
export function AnalysePanel({ host }: { host: Host }) {
  const styles = useStyles();
  const headingId = useId();
  const reading = useHostAction(describe, "Could not read the selection");
  const [shown, setShown] = useState<{ analysis: Analysis; n: number } | undefined>(undefined);
  // Each analysis gets a number, so that the write button and its outcome start afresh with it.
  const reads = useRef(0);
  const read = () => {
    setShown(undefined);
    reading.run(async () => {
      const result = await host.readSelection();
      const next: Read = result.outcome === "read" ? { analysis: analyseSelection(result.selection), n: ++reads.current } : result;
      if ("analysis" in next) setShown(next);
      return next;
    });
  };
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        Analyse a selection
      </Text>
      <Text as="p" className={styles.intro}>
        Select a block of your model: labels in the first column and periods across (or the transpose). AIFLAG recognises
        the rows by their labels and computes every flag it can. Nothing is written until you ask.
      </Text>
      {!host.connected && <NotConnectedNote text={NOT_CONNECTED_MESSAGES.readSelection} />}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={read} disabled={reading.pending}>
          Analyse selection
        </Button>
        <StatusLine pending={reading.pending} message={reading.outcome?.message} tone={reading.outcome?.tone} />
      </div>
      {shown && <AnalysisView analysis={shown.analysis} />}
      {shown && <WriteBeside key={shown.n} host={host} analysis={shown.analysis} />}
    </section>
  );
}
