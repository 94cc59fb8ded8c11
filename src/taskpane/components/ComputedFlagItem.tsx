import { useId } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { NAMESPACE } from "../../core/docs/formula";
import type { ComputedFlag } from "../../analysis";
import { resultLines, usesOf } from "../analysisText";
import { flagValueText, statusOf } from "../flagValue";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: 0 },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  result: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  value: { fontWeight: tokens.fontWeightSemibold },
  fact: { color: tokens.colorNeutralForeground2 },
});

/** One computed flag: title and Excel name, value and status, the period and the rows it read. */
export function ComputedFlagItem({ flag }: { flag: ComputedFlag }) {
  const styles = useStyles();
  const titleId = useId();
  const status = statusOf(flag.status);
  return (
    <li aria-labelledby={titleId} className={styles.item}>
      <Text as="h4" id={titleId} weight="semibold" className={styles.heading}>
        {flag.title}
      </Text>
      <code className={styles.id}>{`${NAMESPACE}.${flag.id}`}</code>
      <div className={styles.result}>
        <Text>{flag.valueLabel}:</Text>
        <Text className={styles.value} data-testid={`value-${flag.id}`}>
          {flagValueText(flag.id, flag.value, flag.units)}
        </Text>
        {status && <StatusBadge status={status} />}
        {!status && flag.status !== undefined && <Text className={styles.fact}>{flagValueText(flag.id, flag.status)}</Text>}
      </div>
      {flag.period && <Text className={styles.fact}>Period: {flag.period}</Text>}
      {resultLines(flag).map((line) => (
        <Text key={line} className={styles.fact}>
          {line}
        </Text>
      ))}
      <Text className={styles.fact}>Uses: {usesOf(flag).join("; ")}</Text>
      {flag.notes.map((note) => (
        <Text key={note} size={200} className={styles.fact}>
          {note}
        </Text>
      ))}
    </li>
  );
}
