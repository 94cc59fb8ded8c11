import { useId, useState, type ReactNode } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Chevron } from "./Chevron";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  toggle: { justifyContent: "flex-start", paddingLeft: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  /** The heading's text: the button's name. */
  label: string;
  /** Open at first; closed by default. */
  defaultOpen?: boolean;
  children: ReactNode;
}

/**
 * A section whose heading is a button that shows or hides it (the WAI-ARIA disclosure pattern:
 * `aria-expanded` on a button inside the heading, so the heading level stays in the outline).
 * The content is rendered only when open.
 */
export function Disclosure({ label, defaultOpen = false, children }: Props) {
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(defaultOpen);
  return (
    <section className={styles.root}>
      <h3 className={styles.heading}>
        <Button appearance="transparent" className={styles.toggle} icon={<Chevron open={open} />} aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen(!open)}>
          {label}
        </Button>
      </h3>
      {open && (
        <div id={id} className={styles.root}>
          {children}
        </div>
      )}
    </section>
  );
}
