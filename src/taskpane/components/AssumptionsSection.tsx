import { Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AssumptionField } from "../../analysis";
import { invalid, type FieldState } from "../assumptionState";
import { Disclosure } from "./Disclosure";

const useStyles = makeStyles({
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Label on the left, a narrow input on the right: twelve fields stay compact at 350 pixels.
  field: { display: "grid", gridTemplateColumns: "1fr 88px", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  input: { width: "88px" },
});

interface Props {
  fields: readonly AssumptionField[];
  states: Readonly<Record<string, FieldState>>;
  onChange(param: string, text: string): void;
}

/**
 * The analysis's assumptions, one compact field each, prefilled from the selection's rows, the
 * period headers, AIFLAG's estimates or the defaults (the note under each says which). Typing a
 * value recomputes the flags at once; "Write formulas beside the block" writes them as labelled
 * input cells the formulas reference.
 */
export function AssumptionsSection({ fields, states, onChange }: Props) {
  const styles = useStyles();
  return (
    <Disclosure label={`Assumptions (${fields.length})`} defaultOpen>
      <Text as="p" className={styles.intro}>
        Lives, thresholds and rates the flags use. Change one and the flags recompute; the formulas written beside the block read them from input cells.
      </Text>
      <div className={styles.list}>
        {fields.map((f) => {
          const state = states[f.param];
          if (!state) return null;
          const bad = invalid(state);
          return (
            <Field
              key={f.param}
              className={styles.field}
              orientation="horizontal"
              size="small"
              label={`${f.label} (${f.param})`}
              hint={bad ? undefined : state.note}
              validationMessage={bad ? state.note : undefined}
              validationState={bad ? "error" : "none"}
            >
              <Input
                className={styles.input}
                size="small"
                inputMode="decimal"
                value={state.text}
                data-param={f.param}
                onChange={(_e, data) => onChange(f.param, data.value)}
              />
            </Field>
          );
        })}
      </div>
    </Disclosure>
  );
}
