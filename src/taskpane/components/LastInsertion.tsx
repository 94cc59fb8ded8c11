import { useEffect, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Host, InsertionSummary, RemoveResult } from "../../host/host";
import { useHostAction, type Outcome } from "../useHostAction";
import { StatusLine } from "./StatusLine";
import { FOOT } from "./surface";

const useStyles = makeStyles({
  root: FOOT,
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export const REMOVE_LABEL = "Remove what AIFLAG inserted";

const describe = (result: RemoveResult): Outcome => ({ message: result.message, tone: result.outcome === "removed" ? "success" : "warning" });

/**
 * The foot of the pane: what AIFLAG inserted last in this workbook (from its record there) and
 * the button that removes it. Excel's Undo cannot: an add-in's changes are not on its undo stack.
 * Removing refuses, and says why, when the cells were changed since. Hidden until there is
 * something to remove (and outside a workbook), except to show the last outcome.
 */
export function LastInsertion({ host }: { host: Host }) {
  const styles = useStyles();
  const [last, setLast] = useState<InsertionSummary | undefined>(undefined);
  const removing = useHostAction(describe, "Could not remove it");
  useEffect(() => {
    let live = true;
    const refresh = () => {
      host.lastInsertion().then(
        (found) => live && setLast(found),
        () => live && setLast(undefined),
      );
    };
    refresh();
    const stop = host.onInsertionsChange(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [host]);
  if (!host.connected || host.connecting || (!last && !removing.outcome)) return null;
  return (
    <section aria-label="Last insertion" className={styles.root}>
      {last && (
        <Text as="p" size={200} className={styles.text}>
          Last inserted by AIFLAG: {last.what} ({last.where}).
        </Text>
      )}
      <div className={styles.actions}>
        {last && (
          <Button size="small" onClick={() => removing.run(() => host.removeLastInsertion())} disabled={removing.pending}>
            {REMOVE_LABEL}
          </Button>
        )}
        <StatusLine pending={removing.pending} message={removing.outcome?.message} tone={removing.outcome?.tone} />
      </div>
    </section>
  );
}
