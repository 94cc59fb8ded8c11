import { makeStyles, tokens } from "@fluentui/react-components";
import type { KeyboardEvent, RefObject } from "react";

/** What the name box and the formula input share: a small bordered field. */
const FIELD = {
  fontSize: tokens.fontSizeBase200,
  padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  border: `1px solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusSmall,
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
};

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  nameBox: { ...FIELD, width: "96px", flexShrink: 0, fontFamily: tokens.fontFamilyBase },
  fx: { fontStyle: "italic", color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  input: {
    ...FIELD,
    flexGrow: 1,
    minWidth: 0,
    fontFamily: tokens.fontFamilyMonospace,
    ":focus": { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-1px" },
  },
});

interface Props {
  /** "B5", or "B5:D9" for a block. */
  address: string;
  /** What the box shows: the draft being typed, or the active cell's content. */
  text: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onChange(text: string): void;
  onCommit(): void;
  onCancel(): void;
}

/** The name box and the formula bar: the active cell's formula or value; Enter sets it, Escape cancels. */
export function FormulaBar({ address, text, inputRef, onChange, onCommit, onCancel }: Props) {
  const styles = useStyles();
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      onCommit();
    } else if (e.key === "Escape") {
      e.preventDefault();
      onCancel();
    }
  };
  return (
    <div className={styles.bar}>
      <input className={styles.nameBox} aria-label="Name box" value={address} readOnly />
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <input
        ref={inputRef}
        className={styles.input}
        aria-label="Formula bar"
        spellCheck={false}
        autoComplete="off"
        value={text}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
