import { useId, useState } from "react";
import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isCellError } from "../../core/cells/errors";
import { describeShape } from "../../core/cells/values";
import type { FunctionDefinition } from "../../core/framework/definition";
import type { ParamSpec } from "../../core/params/spec";
import type { Host } from "../../host/host";
import { flagValueText, statusOf } from "../flagValue";
import { needOf } from "../components/ParamList";
import { StatusBadge } from "../components/StatusBadge";
import { StatusLine } from "../components/StatusLine";
import { useInsert } from "../useInsert";
import { fieldText, formulaOf, initialArgs, liveResult, numberFormatOf, typedInput, type ArgInput, type LiveResult } from "./builderModel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  arg: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
  use: { flexShrink: 0, marginBottom: "22px" },
  result: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  value: { fontWeight: tokens.fontWeightSemibold },
  fact: { margin: 0, color: tokens.colorNeutralForeground2 },
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The live result in words: the value and status, or what is still missing. */
function Result({ def, live }: { def: FunctionDefinition; live: LiveResult }) {
  const styles = useStyles();
  if (live.kind === "incomplete") return <Text className={styles.fact}>Fill {live.missing.join(", ")} to see the result.</Text>;
  if (live.kind === "unreadable") return <Text className={styles.fact}>{live.reasons.join("; ")}.</Text>;
  const status = statusOf(live.status);
  return (
    <div className={styles.result} data-testid={`builder-result-${def.id}`}>
      <Text>{isCellError(live.value) ? "Result:" : `${def.words.valueLabel}:`}</Text>
      <Text className={styles.value}>{flagValueText(def.id, live.value)}</Text>
      {status && <StatusBadge status={status} />}
    </div>
  );
}

interface ArgProps {
  p: ParamSpec;
  input: ArgInput;
  note: string | undefined;
  busy: boolean;
  onType(text: string): void;
  onUse(): void;
}

/** One argument: a choice's list, or a field that takes a typed value or the selection. */
function ArgField({ p, input, note, busy, onType, onUse }: ArgProps) {
  const styles = useStyles();
  const text = fieldText(input);
  if (p.choices) {
    return (
      <Field label={p.name} hint={needOf(p)}>
        <Select value={text} onChange={(_e, data) => onType(data.value)}>
          {p.choices.map((c) => (
            <option key={c.text} value={c.text}>
              {`${c.text}: ${c.description}`}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
  const shape = input.kind === "range" ? `${input.range.reference}, ${describeShape({ rows: input.range.rows, cols: input.range.cols })}` : undefined;
  return (
    <div className={styles.arg}>
      <Field
        className={styles.field}
        label={p.name}
        {...(note === undefined ? { hint: shape ?? needOf(p), validationState: "none" as const } : { validationMessage: note, validationState: "warning" as const })}
      >
        <Input value={text} onChange={(_e, data) => onType(data.value)} data-param={p.name} />
      </Field>
      <Button className={styles.use} size="small" onClick={onUse} disabled={busy} aria-label={`Use selection for ${p.name}`}>
        Use selection
      </Button>
    </div>
  );
}

/**
 * "Build with my cells": a formula for this function from the analyst's own cells. Each argument
 * takes the current selection (its address and shape shown) or a typed value; options start at
 * their defaults; the value and status are computed by the core as the fields change; Insert
 * puts the formula, with references and in the number format of what it returns, into the
 * active cell (or copies it outside Excel).
 */
export function FormulaBuilder({ def, host }: { def: FunctionDefinition; host: Host }) {
  const styles = useStyles();
  const formulaId = useId();
  const [args, setArgs] = useState<Record<string, ArgInput>>(() => initialArgs(def));
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [reading, setReading] = useState<string | undefined>(undefined);
  const formula = formulaOf(def, args);
  const numberFormat = numberFormatOf(def, args);
  const { pending, message, tone, insert } = useInsert(host, formula, numberFormat);

  const set = (name: string, input: ArgInput, note?: string) => {
    setArgs((held) => ({ ...held, [name]: input }));
    setNotes((held) => {
      const rest = { ...held };
      delete rest[name];
      return note === undefined ? rest : { ...rest, [name]: note };
    });
  };
  const use = (name: string) => {
    setReading(name);
    host.readSelectionAddress().then(
      (result) => {
        setReading(undefined);
        if (result.outcome === "read") set(name, { kind: "range", range: result.range });
        else setNotes((held) => ({ ...held, [name]: result.message }));
      },
      (error: unknown) => {
        setReading(undefined);
        setNotes((held) => ({ ...held, [name]: `Could not read the selection: ${error instanceof Error ? error.message : String(error)}` }));
      },
    );
  };

  return (
    <div className={styles.root}>
      <Text as="p" className={styles.intro}>
        Select the cells of each argument in your sheet and click Use selection, or type a value. The result updates as you go.
      </Text>
      {def.params.map((p) => (
        <ArgField
          key={p.name}
          p={p}
          input={args[p.name] ?? { kind: "empty" }}
          note={notes[p.name]}
          busy={reading !== undefined}
          onType={(text) => set(p.name, p.choices ? { kind: "typed", text } : typedInput(text))}
          onUse={() => use(p.name)}
        />
      ))}
      <Result def={def} live={liveResult(def, args)} />
      <code id={formulaId} className={styles.formula}>
        {formula}
      </code>
      <div className={styles.actions}>
        <Button size="small" appearance="primary" onClick={insert} disabled={pending} aria-describedby={formulaId}>
          {host.connected ? "Insert formula" : "Copy formula"}
        </Button>
        <StatusLine pending={pending || reading !== undefined} message={message} tone={tone} />
      </div>
    </div>
  );
}
