import { useId, useMemo, useRef, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { analyseSelection, assumptionFields, blocksComputation, type Analysis, type Selection } from "../../analysis";
import type { Host, SelectionResult } from "../../host/host";
import { NOT_CONNECTED_MESSAGES } from "../../host/messages";
import { analysedOutcome } from "../analysisText";
import { assumptionsOf, prefillAll, typed, type FieldState } from "../assumptionState";
import { useHostAction, type Outcome } from "../useHostAction";
import { AnalysisView } from "./AnalysisView";
import { AssumptionsSection } from "./AssumptionsSection";
import { NotConnectedNote } from "./NotConnectedNote";
import { StatusLine } from "./StatusLine";
import { WriteBeside } from "./WriteBeside";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** What was read, and the assumptions' fields as they started from it. */
interface Shown {
  selection: Selection;
  /** The analysis before any assumption: what the fields are prefilled from. */
  first: Analysis;
  n: number;
}

/** The selection analysed, or the host's sentence when there was nothing to analyse. */
type Read = { shown: Shown; analysis: Analysis } | Exclude<SelectionResult, { outcome: "read" }>;

const describe = (read: Read): Outcome => ("shown" in read ? analysedOutcome(read.analysis) : { message: read.message, tone: "warning" });

/**
 * Analyse the selected block of the analyst's own model, with assumptions the analyst can change,
 * then, on request, write the formulas beside it (updated in place the next time).
 */
export function AnalysePanel({ host }: { host: Host }) {
  const styles = useStyles();
  const headingId = useId();
  const fields = useMemo(() => assumptionFields(), []);
  const reading = useHostAction(describe, "Could not read the selection");
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const [states, setStates] = useState<Record<string, FieldState>>({});
  // Each analysis gets a number, so that the write button and its outcome start afresh with it.
  const reads = useRef(0);
  const analysis = useMemo(() => shown && analyseSelection(shown.selection, { assumptions: assumptionsOf(states) }), [shown, states]);

  const read = () => {
    setShown(undefined);
    reading.run(async () => {
      const result = await host.readSelection();
      if (result.outcome !== "read") return result;
      const first = analyseSelection(result.selection);
      const prefilled = prefillAll(fields, first);
      const next: Shown = { selection: result.selection, first, n: ++reads.current };
      setStates(prefilled);
      setShown(next);
      return { shown: next, analysis: analyseSelection(result.selection, { assumptions: assumptionsOf(prefilled) }) };
    });
  };
  const change = (param: string, text: string) => {
    const field = fields.find((f) => f.param === param);
    if (field && shown) setStates((held) => ({ ...held, [param]: typed(field, shown.first, text) }));
  };
  const computable = analysis !== undefined && !blocksComputation(analysis.shape);
  // The count follows the assumptions as they change; the host's sentence when nothing was read.
  const outcome = analysis && !reading.pending ? analysedOutcome(analysis) : reading.outcome;
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
        <StatusLine pending={reading.pending} message={outcome?.message} tone={outcome?.tone} />
      </div>
      {analysis && (
        <AnalysisView analysis={analysis}>
          <AssumptionsSection fields={fields} states={states} onChange={change} />
        </AnalysisView>
      )}
      {shown && analysis && computable && <WriteBeside key={shown.n} host={host} analysis={analysis} />}
    </section>
  );
}
