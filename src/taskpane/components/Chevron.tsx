import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  chevron: { transitionProperty: "transform", transitionDuration: tokens.durationFaster },
  open: { transform: "rotate(90deg)" },
});

/** A chevron pointing right, down when open: the mark of every disclosure in the pane. */
export function Chevron({ open }: { open: boolean }) {
  const styles = useStyles();
  return (
    <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12" className={mergeClasses(styles.chevron, open && styles.open)}>
      <path d="M4.5 2.5 8 6l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
