import { startTransition, useEffect, useRef, useState, type RefObject } from "react";
import { Field, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FunctionDefinition } from "../../core/framework/definition";
import type { Host } from "../../host/host";
import { useCatalogueFilter } from "../useCatalogueFilter";
import { Catalogue } from "./Catalogue";
import { Contents } from "./Contents";
import { SearchResults } from "./SearchResults";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  count: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { ":focus": { outlineStyle: "none" } },
});

/** The id of the list of cards: the skip link's target. */
export const FUNCTIONS_LIST_ID = "aiflag-functions";

/** Cards in the first frame: those a 900-pixel pane can show, with room to spare. */
export const FIRST_CARDS = 3;

/**
 * How many cards to show: the first few in the first frame, so that the pane appears as soon as
 * they are drawn; every card right after that frame has been painted (a transition: typing in the
 * search box meanwhile wins). Undefined once all are shown, and from the start when `enabled` is false.
 */
function useFirstCardsFirst(enabled: boolean): number | undefined {
  const [all, setAll] = useState(!enabled);
  useEffect(() => {
    if (all) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timer set in the frame's callback runs once that frame has been painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setAll(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [all]);
  return all ? undefined : FIRST_CARDS;
}

/** Scrolls to the card named by the help URL's anchor (help.html#depcliff) and moves the focus there, once it is drawn. */
function useLandOn(anchor: string | undefined, list: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    if (!anchor) return;
    const card = list.current?.ownerDocument.getElementById(anchor.toLowerCase());
    if (!card || card.tagName !== "ARTICLE" || !list.current?.contains(card)) return;
    card.scrollIntoView({ block: "start" });
    card.focus({ preventScroll: true });
  }, [anchor, list]);
}

interface Props {
  host: Host;
  functions: readonly FunctionDefinition[];
  /** The reference page: a table of contents, every card open, the anchor's card scrolled to. */
  reference: boolean;
  /** The function the page's address names (help.html#fcfconv), for the reference page. */
  anchor?: string | undefined;
}

/** The function catalogue: a search box, the count it leaves, and the cards under their groups (best matches first while searching). */
export function FunctionsPanel({ host, functions, reference, anchor }: Props) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const { query, setQuery, searching, groups, matches, suggestion, total } = useCatalogueFilter(functions);
  const limit = useFirstCardsFirst(!reference);
  useLandOn(reference ? anchor : undefined, list);
  const count = searching ? `${matches.length} of ${total} functions match` : `${total} functions`;
  return (
    <div className={styles.root}>
      {reference && <Contents groups={groups} />}
      <Field label="Search functions" hint="By id, title, parameter or any word of the explanations.">
        <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      <Text as="p" role="status" size={200} className={styles.count}>
        {count}
      </Text>
      <div id={FUNCTIONS_LIST_ID} ref={list} tabIndex={-1} className={styles.list}>
        {searching ? (
          <SearchResults query={query} matches={matches} suggestion={suggestion} onSuggest={(def) => setQuery(def.id)} host={host} expanded={reference} />
        ) : (
          <Catalogue groups={groups} host={host} expanded={reference} limit={limit} />
        )}
      </div>
    </div>
  );
}
