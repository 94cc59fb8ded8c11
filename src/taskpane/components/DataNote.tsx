import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DataNote as Note } from "../templateChoices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  source: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** Where the figures come from, and the caveats (collapsed: the sheets carry them too). */
export function DataNote({ note }: { note: Note }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text as="p" size={200} className={styles.source}>
        {note.source}
      </Text>
      <Accordion collapsible>
        <AccordionItem value="caveats">
          <AccordionHeader as="h3" size="small">
            {`Caveats (${note.caveats.length})`}
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {note.caveats.map((line) => (
                <li key={line}>
                  <Text size={200}>{line}</Text>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
