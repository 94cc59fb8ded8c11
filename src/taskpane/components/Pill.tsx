import type { HTMLAttributes } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/**
 * A small label in a tone's colours. The text takes each status's strongest foreground on its
 * lightest background (light theme) or darkest (dark theme): at least 7:1 in both Fluent web
 * themes, where Fluent's own tinted Badge gives WATCH 4.66:1. The border repeats the tone, so
 * that the colour still reads on a pale background.
 */
const useStyles = makeStyles({
  pill: {
    display: "inline-flex",
    alignItems: "center",
    padding: `0 ${tokens.spacingHorizontalS}`,
    minHeight: "20px",
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  danger: { color: tokens.colorStatusDangerForeground2, backgroundColor: tokens.colorStatusDangerBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder2}` },
  warning: { color: tokens.colorStatusWarningForeground2, backgroundColor: tokens.colorStatusWarningBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder2}` },
  success: { color: tokens.colorStatusSuccessForeground2, backgroundColor: tokens.colorStatusSuccessBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder2}` },
  informative: { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
});

export type PillTone = "danger" | "warning" | "success" | "informative";

export function Pill({ tone, className, ...rest }: HTMLAttributes<HTMLSpanElement> & { tone: PillTone }) {
  const styles = useStyles();
  return <span {...rest} className={mergeClasses(styles.pill, styles[tone], className)} />;
}
