import { useId } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formulaOf } from "../../core/docs/formula";
import type { Example, FunctionDefinition } from "../../core/framework/definition";
import { formatPlain } from "../../core/format/numbers";
import type { Host } from "../../host/host";
import { useInsert } from "../useInsert";
import { StatusBadge } from "./StatusBadge";
import { StatusLine } from "./StatusLine";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    userSelect: "all",
  },
  result: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The expected result as the example states it: numbers plain (0.703217), text as is. */
export function expectedText(expected: number | string): string {
  return typeof expected === "number" ? formatPlain(expected) : expected;
}

interface Props {
  def: FunctionDefinition;
  example: Example;
  host: Host;
}

/** One worked example: the formula, what it returns, and a button that inserts (or copies) it. */
export function ExampleBlock({ def, example, host }: Props) {
  const styles = useStyles();
  const formulaId = useId();
  const formula = formulaOf(def, example.args);
  const { pending, message, tone, insert } = useInsert(host, formula);
  return (
    <div className={styles.root}>
      <Text weight="semibold">Example</Text>
      <code id={formulaId} className={styles.formula}>
        {formula}
      </code>
      <div className={styles.result}>
        <Text>Returns {expectedText(example.expected)}</Text>
        {example.status && (
          <>
            <Text>with status</Text>
            <StatusBadge status={example.status} />
          </>
        )}
      </div>
      <Text className={styles.note}>{example.note}</Text>
      <div className={styles.actions}>
        <Button size="small" onClick={insert} disabled={pending} aria-describedby={formulaId}>
          {host.connected ? "Insert example" : "Copy example"}
        </Button>
        <StatusLine pending={pending} message={message} tone={tone} />
      </div>
    </div>
  );
}
