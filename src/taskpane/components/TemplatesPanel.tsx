import { useId, useState } from "react";
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Host, PlanResult } from "../../host/host";
import { NOT_CONNECTED_MESSAGES } from "../../host/messages";
import { companiesOf, TEMPLATES, type Fill, type TemplateId, type TemplateInfo } from "../../templates/catalogue";
import { lastYears, yearChoices, yearsWarning } from "../../templates/options";
import { dataNoteOf, defaultFill, fillLabel } from "../templateChoices";
import { useHostAction, type Outcome } from "../useHostAction";
import { DataNote } from "./DataNote";
import { NotConnectedNote } from "./NotConnectedNote";
import { SecImport } from "./SecImport";
import { StatusLine } from "./StatusLine";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  option: { display: "flex", flexDirection: "column" },
  description: { marginLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const describe = (result: PlanResult): Outcome => ({ message: result.message, tone: result.outcome === "inserted" ? "success" : "warning" });

export const REPLACE_LABEL = "Replace the sheets AIFLAG inserted before for this template";

/**
 * Pick a template, its data and how many years, insert it: the host adds new sheets, never
 * touching existing ones; or, when asked, replaces the sheets it inserted for this template last
 * time (only if nobody changed them) instead of adding copies named " (2)".
 */
export function TemplatesPanel({ host }: { host: Host }) {
  const styles = useStyles();
  const headingId = useId();
  const [templateId, setTemplateId] = useState<TemplateId>(TEMPLATES[0].id);
  const [fills, setFills] = useState<Partial<Record<TemplateId, Fill>>>({});
  const template: TemplateInfo = TEMPLATES.find((t) => t.id === templateId) ?? TEMPLATES[0];
  const fill = fills[template.id] ?? defaultFill(template);
  const companies = companiesOf(fill);
  const choices = yearChoices(companies);
  const [asked, setAsked] = useState<number | undefined>(undefined);
  const years = asked !== undefined && choices.includes(asked) ? asked : choices[choices.length - 1];
  const warning = years === undefined ? undefined : yearsWarning(template.id, years, companies);
  const [replace, setReplace] = useState(false);
  const action = useHostAction(describe, "Could not insert the template");
  // The plan is built at the click, from the choices then shown.
  const insert = () =>
    action.run(() => host.writePlan(template.buildFrom(years === undefined ? companies : companies.map((c) => lastYears(c, years))), { template: template.id, replace }));
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        Insert a template
      </Text>
      <Text as="p" className={styles.intro}>
        Ready models with live AIFLAG formulas, checks and charts, on new sheets: nothing in your workbook is changed.
      </Text>
      {!host.connected && <NotConnectedNote text={NOT_CONNECTED_MESSAGES.writePlan} />}
      <Field label="Template">
        <RadioGroup value={template.id} onChange={(_, data) => setTemplateId(data.value as TemplateId)}>
          {TEMPLATES.map((t) => (
            <div key={t.id} className={styles.option}>
              <Radio value={t.id} label={t.title} aria-describedby={`${headingId}-${t.id}`} />
              <Text id={`${headingId}-${t.id}`} size={200} className={styles.description}>
                {t.description}
              </Text>
            </div>
          ))}
        </RadioGroup>
      </Field>
      <Field label="Data">
        <Select value={fill} onChange={(_, data) => setFills({ ...fills, [template.id]: data.value as Fill })}>
          {template.fills.map((f) => (
            <option key={f} value={f}>
              {fillLabel(f)}
            </option>
          ))}
        </Select>
      </Field>
      <DataNote note={dataNoteOf(fill)} />
      {years !== undefined && (
        <Field label="Years" hint="The latest fiscal years of the figures, one column each.">
          <Select value={String(years)} onChange={(_, data) => setAsked(Number(data.value))}>
            {choices.map((n) => (
              <option key={n} value={n}>
                {`The latest ${n} fiscal years`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {warning && (
        <MessageBar intent="warning">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      )}
      <Checkbox
        checked={replace}
        onChange={(_, data) => setReplace(data.checked === true)}
        label={REPLACE_LABEL}
        aria-describedby={`${headingId}-replace`}
      />
      <Text id={`${headingId}-replace`} size={200} className={styles.intro}>
        Instead of adding copies named &quot;(2)&quot;. Only sheets nobody changed since are replaced; formulas of your own that refer to them then show #REF!.
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={insert} disabled={action.pending}>
          Insert
        </Button>
        <StatusLine pending={action.pending} message={action.outcome?.message} tone={action.outcome?.tone} />
      </div>
      <SecImport host={host} />
    </section>
  );
}
