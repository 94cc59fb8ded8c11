import { Badge, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Host } from "../../host/host";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export const NOT_CONNECTED_TEXT = "Not connected to Excel: formulas are copied instead of inserted";

/** The product name, what it is for, and whether formulas go into Excel or the clipboard. */
export function Header({ host }: { host: Host }) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.titleRow}>
        <Text as="h1" size={600} weight="semibold" className={styles.title}>
          AIFLAG
        </Text>
        <Badge appearance="tint" color={host.connected ? "success" : "informative"}>
          {host.connected ? `Connected to ${host.hostName}` : "Not connected"}
        </Badge>
      </div>
      <Text as="p" className={styles.tagline}>
        Warning signs of AI spending in financial statements, as Excel functions. A flag is a question to ask, not a
        verdict.
      </Text>
      {!host.connected && (
        <MessageBar intent="info">
          <MessageBarBody>{NOT_CONNECTED_TEXT}</MessageBarBody>
        </MessageBar>
      )}
    </header>
  );
}
