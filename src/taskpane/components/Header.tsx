import { useEffect, useState } from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Host } from "../../host/host";
import { Pill, type PillTone } from "./Pill";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export const NOT_CONNECTED_TEXT = "Not connected to Excel: formulas are copied instead of inserted";
export const CONNECTING_TEXT = "Connecting to Excel...";
export const STILL_CONNECTING_TEXT =
  "Excel has not answered yet. AIFLAG switches on as soon as it does; what you ask meanwhile waits for it. If this lasts, close the pane and open it again.";
/** After this long connecting, the pane says what to do if it lasts. */
export const STILL_CONNECTING_AFTER_MS = 10_000;

/** True once `ms` have passed since `active` became true (false again when it ends). */
function useAfter(active: boolean, ms: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    setPassed(false);
    if (!active) return undefined;
    const timer = setTimeout(() => setPassed(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return passed;
}

function badgeOf(host: Host): { text: string; color: PillTone } {
  if (host.connecting) return { text: CONNECTING_TEXT, color: "informative" };
  if (host.connected) return { text: `Connected to ${host.hostName}`, color: "success" };
  return { text: "Not connected", color: host.notConnectedReason ? "warning" : "informative" };
}

/** The product name, what it is for, and whether formulas go into Excel or the clipboard. */
export function Header({ host }: { host: Host }) {
  const styles = useStyles();
  const connecting = host.connecting === true;
  const stillConnecting = useAfter(connecting, STILL_CONNECTING_AFTER_MS);
  const badge = badgeOf(host);
  return (
    <header className={styles.root}>
      <div className={styles.titleRow}>
        <Text as="h1" size={600} weight="semibold" className={styles.title}>
          AIFLAG
        </Text>
        <Pill tone={badge.color}>{badge.text}</Pill>
      </div>
      <Text as="p" className={styles.tagline}>
        Warning signs of AI spending in financial statements, as Excel functions. A flag is a question to ask, not a
        verdict.
      </Text>
      {connecting && stillConnecting && (
        <MessageBar intent="info">
          <MessageBarBody>{STILL_CONNECTING_TEXT}</MessageBarBody>
        </MessageBar>
      )}
      {!host.connected && (
        <MessageBar intent={host.notConnectedReason ? "warning" : "info"}>
          <MessageBarBody>{host.notConnectedReason ?? NOT_CONNECTED_TEXT}</MessageBarBody>
        </MessageBar>
      )}
    </header>
  );
}
