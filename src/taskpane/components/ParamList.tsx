import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formulaArg } from "../../core/docs/formula";
import { describeRule } from "../../core/params/rules";
import type { ParamSpec } from "../../core/params/spec";

const useStyles = makeStyles({
  list: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  name: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  need: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalS },
  details: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  fact: { color: tokens.colorNeutralForeground2 },
});

/** "required", "optional" or "optional, default "value"": the default as it would be typed. */
export function needOf(p: ParamSpec): string {
  if (!p.optional) return "required";
  if (p.defaultValue === undefined) return "optional";
  return `optional, default ${formulaArg(p.defaultValue)}`;
}

/** Each parameter: its name, whether it is needed (and its default), what it is, and its allowed range. */
export function ParamList({ params }: { params: readonly ParamSpec[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {params.map((p) => (
        <div key={p.name}>
          <dt>
            <span className={styles.name}>{p.name}</span>
            <Text size={200} className={styles.need}>
              {needOf(p)}
            </Text>
          </dt>
          <dd className={styles.details}>
            <Text>{p.description}</Text>
            {p.rule && <Text className={styles.fact}>Allowed: {describeRule(p.rule)}</Text>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
