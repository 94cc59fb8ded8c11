import { useRef, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  tab: {
    position: "relative",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  small: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, fontSize: tokens.fontSizeBase200 },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    // The selected tab's bar, as Fluent's tabs draw it.
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface TabItem<T extends string> {
  id: T;
  label: string;
  /** What the tab carries besides its label (data-* for tests, a title). */
  data?: Readonly<Record<`data-${string}`, string>>;
}

interface Props<T extends string> {
  items: ReadonlyArray<TabItem<T>>;
  selected: T | undefined;
  onSelect(id: T): void;
  /** The tab list's name for screen readers ("AIFLAG views", "Sheets"). */
  label: string;
  /** Prefix of the ids: tab `${idPrefix}-tab-${id}` controls panel `${idPrefix}-panel-${id}` when `controls`. */
  idPrefix: string;
  /** The panels exist (each with the id above): tabs name them in aria-controls. */
  controls?: boolean;
  size?: "medium" | "small";
}

/** The ids `Tabs` gives a tab and the panel it controls. */
export const tabIds = (idPrefix: string, id: string) => ({ tab: `${idPrefix}-tab-${id}`, panel: `${idPrefix}-panel-${id}` });

/**
 * Tabs as the WAI-ARIA tabs pattern: one tab stop (the selected tab); arrows, Home and End move
 * to another tab and select it. Written here rather than with Fluent's TabList, whose arrow-key
 * handling (tabster) puts focusable guards hidden from screen readers around the list
 * (`<i tabindex="0" aria-hidden="true">`, which axe reports as aria-hidden-focus).
 */
export function Tabs<T extends string>({ items, selected, onSelect, label, idPrefix, controls = false, size = "medium" }: Props<T>) {
  const styles = useStyles();
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const focusable = selected ?? items[0]?.id;
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = items.length - 1;
    const to = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = items[to > last ? 0 : to < 0 ? last : to];
    onSelect(next.id);
    buttons.current.get(next.id)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {items.map((item, index) => {
        const ids = tabIds(idPrefix, item.id);
        const isSelected = item.id === selected;
        return (
          <button
            key={item.id}
            ref={(el) => {
              if (el) buttons.current.set(item.id, el);
              else buttons.current.delete(item.id);
            }}
            type="button"
            role="tab"
            id={ids.tab}
            aria-selected={isSelected}
            aria-controls={controls ? ids.panel : undefined}
            tabIndex={item.id === focusable ? 0 : -1}
            className={mergeClasses(styles.tab, size === "small" && styles.small, isSelected && styles.selected)}
            onClick={() => onSelect(item.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
            {...item.data}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}
