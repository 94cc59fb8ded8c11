import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Tone } from "../useHostAction";

const useStyles = makeStyles({
  status: { minHeight: tokens.lineHeightBase300 },
  success: { color: tokens.colorStatusSuccessForeground2 },
  warning: { color: tokens.colorStatusWarningForeground2 },
  error: { color: tokens.colorStatusDangerForeground2 },
});

interface Props {
  pending: boolean;
  message: string | undefined;
  tone: Tone | undefined;
}

/** The outcome of the last action, announced politely to screen readers ("Working..." meanwhile). */
export function StatusLine({ pending, message, tone }: Props) {
  const styles = useStyles();
  return (
    <div role="status" data-tone={pending ? undefined : tone} className={mergeClasses(styles.status, tone && styles[tone])}>
      {pending ? "Working..." : (message ?? "")}
    </div>
  );
}
