import { useId } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SURFACE } from "./surface";

const useStyles = makeStyles({
  root: { ...SURFACE, borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorCompoundBrandStroke}` },
  heading: { margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  action: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXXS },
  what: { color: tokens.colorNeutralForeground2 },
});

export type StartChoice = "analyse" | "templates" | "functions";

/** The three ways in, in the order a newcomer is most likely to want them. */
export const START_ACTIONS: ReadonlyArray<{ choice: StartChoice; label: string; what: string }> = [
  {
    choice: "analyse",
    label: "Analyse my model",
    what: "Select the labels and figures of your model; AIFLAG finds the rows it knows and computes every flag it can.",
  },
  {
    choice: "templates",
    label: "Insert a template",
    what: "A ready red-flag model on new sheets, filled with a hyperscaler's figures or blank for yours.",
  },
  {
    choice: "functions",
    label: "Browse the flags",
    what: "What each function says, why it matters and how it is computed, with an example to insert.",
  },
];

/** The first-run card: what AIFLAG does, and three ways to begin. Any choice closes it for good. */
export function StartHere({ onChoose }: { onChoose(choice: StartChoice): void }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        Start here
      </Text>
      <Text as="p" className={styles.intro}>
        AIFLAG looks for the warning signs of AI spending in a company&apos;s figures. Pick a way in; this card will not show again.
      </Text>
      <ul className={styles.actions}>
        {START_ACTIONS.map((a) => (
          <li key={a.choice} className={styles.action}>
            <Button appearance={a.choice === "analyse" ? "primary" : "secondary"} onClick={() => onChoose(a.choice)} aria-describedby={`${headingId}-${a.choice}`}>
              {a.label}
            </Button>
            <Text id={`${headingId}-${a.choice}`} size={200} className={styles.what}>
              {a.what}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
