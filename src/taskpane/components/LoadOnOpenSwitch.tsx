import { useEffect, useState } from "react";
import { Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Host, LoadOnOpen, LoadOnOpenResult } from "../../host/host";
import { LOAD_ON_OPEN_LABEL } from "../../host/loadOnOpen";
import { useHostAction, type Outcome } from "../useHostAction";
import { StatusLine } from "./StatusLine";
import { FOOT } from "./surface";

const useStyles = makeStyles({
  root: FOOT,
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export const LOAD_ON_OPEN_HINT = "So that AIFLAG functions calculate as soon as the workbook opens, instead of showing #BUSY! until you open this pane.";

const describe = (result: LoadOnOpenResult): Outcome => ({ message: result.message, tone: result.state === "unavailable" ? "warning" : "success" });

/**
 * The foot of the pane, in Excel: whether AIFLAG loads when this workbook opens. An insertion
 * turns it on (and says so, naming this switch); the user turns it off here. Hidden where the
 * host cannot load with the workbook (outside Excel, the preview, no SharedRuntime 1.1).
 */
export function LoadOnOpenSwitch({ host }: { host: Host }) {
  const styles = useStyles();
  const [state, setState] = useState<LoadOnOpen>("unavailable");
  const action = useHostAction(describe, "Could not change it");
  useEffect(() => {
    let live = true;
    host.loadOnOpen().then(
      (read) => live && setState(read),
      () => live && setState("unavailable"),
    );
    const stop = host.onLoadOnOpenChange((changed) => live && setState(changed));
    return () => {
      live = false;
      stop();
    };
  }, [host]);
  if (state === "unavailable" || host.connecting) return null;
  return (
    <footer className={styles.root}>
      <Switch
        label={LOAD_ON_OPEN_LABEL}
        checked={state === "on"}
        disabled={action.pending}
        onChange={(_, data) => action.run(() => host.setLoadOnOpen(data.checked))}
      />
      <Text as="p" size={200} className={styles.hint}>
        {LOAD_ON_OPEN_HINT}
      </Text>
      <StatusLine pending={action.pending} message={action.outcome?.message} tone={action.outcome?.tone} />
    </footer>
  );
}
