import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../analysis";
import type { BesideResult, Host } from "../../host/host";
import { computedFlags } from "../analysisText";
import { useHostAction, type Outcome } from "../useHostAction";
import { StatusLine } from "./StatusLine";

const useStyles = makeStyles({
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const describe = (result: BesideResult): Outcome => ({ message: result.message, tone: result.outcome === "written" ? "success" : "warning" });

/** The button that writes the analysis's formulas beside its block, and what happened. One per analysis (keyed by the parent). */
export function WriteBeside({ host, analysis }: { host: Host; analysis: Analysis }) {
  const styles = useStyles();
  const writing = useHostAction(describe, "Could not write the formulas");
  return (
    <div className={styles.actions}>
      <Button onClick={() => writing.run(() => host.writeFormulasBeside(analysis))} disabled={computedFlags(analysis).length === 0 || writing.pending}>
        Write formulas beside the block
      </Button>
      <StatusLine pending={writing.pending} message={writing.outcome?.message} tone={writing.outcome?.tone} />
    </div>
  );
}
