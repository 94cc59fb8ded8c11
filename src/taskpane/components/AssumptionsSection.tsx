import { useId } from "react";
import { Input, Label, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AssumptionField } from "../../analysis";
import { invalid, type FieldState } from "../assumptionState";
import { Disclosure } from "./Disclosure";

const useStyles = makeStyles({
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // The label left, a narrow input right, the note under both: twelve fields stay compact at 350 pixels.
  field: { display: "grid", gridTemplateColumns: "1fr 88px", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, alignItems: "center" },
  note: { gridColumnStart: 1, gridColumnEnd: 3, color: tokens.colorNeutralForeground2 },
  error: { gridColumnStart: 1, gridColumnEnd: 3, color: tokens.colorStatusDangerForeground1 },
});

interface FieldProps {
  field: AssumptionField;
  state: FieldState;
  onChange(text: string): void;
}

/** One assumption: its label, a narrow input, and where its value comes from (or why it is wrong). */
function AssumptionInput({ field, state, onChange }: FieldProps) {
  const styles = useStyles();
  const id = useId();
  const noteId = useId();
  const bad = invalid(state);
  return (
    <div className={styles.field}>
      <Label htmlFor={id} size="small">{`${field.label} (${field.param})`}</Label>
      <Input
        id={id}
        size="small"
        inputMode="decimal"
        value={state.text}
        data-param={field.param}
        aria-describedby={noteId}
        aria-invalid={bad}
        onChange={(_e, data) => onChange(data.value)}
      />
      <Text id={noteId} size={200} className={bad ? styles.error : styles.note}>
        {state.note}
      </Text>
    </div>
  );
}

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
          return state ? <AssumptionInput key={f.param} field={f} state={state} onChange={(text) => onChange(f.param, text)} /> : null;
        })}
      </div>
    </Disclosure>
  );
}
