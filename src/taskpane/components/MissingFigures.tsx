import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Gap } from "../../templates/secData/gaps";
import { groupGaps } from "../sec/importText";

const useStyles = makeStyles({
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** A labelled list of sentences. */
function Lines({ label, lines }: { label: string; lines: readonly string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {lines.map((line) => (
        <li key={line}>
          <Text size={200}>{line}</Text>
        </li>
      ))}
    </ul>
  );
}

/**
 * What an SEC import lacks, collapsed (the SEC data sheet lists it too): items with no figure,
 * each with its reason, then items lacking some years (or quarters: `periods`), their shared
 * reason said once.
 */
export function MissingFigures({ gaps, periods = "years" }: { gaps: readonly Gap[]; periods?: string }) {
  const styles = useStyles();
  const { absent, partial, partialWhy } = groupGaps(gaps);
  return (
    <Accordion collapsible>
      <AccordionItem value="missing">
        <AccordionHeader as="h5" size="small">
          {`Missing figures (${gaps.length}): blank on the sheets, never zero`}
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.group}>
            {absent.length > 0 && <Lines label="Line items with no figure" lines={absent.map((gap) => `${gap.label}: ${gap.why}`)} />}
            {partial.length > 0 && (
              <>
                <Text as="p" size={200} className={styles.text}>
                  {`Some ${periods} only. ${partialWhy}`}
                </Text>
                <Lines label={`Line items missing some ${periods}`} lines={partial.map((gap) => `${gap.label}: ${gap.periods}`)} />
              </>
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
