import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { GroupOfFunctions } from "../catalogue";
import type { Host } from "../../host/host";
import { FlagCard } from "./FlagCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

interface Props {
  groups: readonly GroupOfFunctions[];
  host: Host;
  query: string;
  expanded?: boolean;
}

/** The cards under their group headings, or a sentence saying nothing matched. */
export function Catalogue({ groups, host, query, expanded = false }: Props) {
  const styles = useStyles();
  if (groups.length === 0) {
    return (
      <Text as="p" className={styles.empty}>
        No function matches “{query.trim()}”. Try fewer or shorter words.
      </Text>
    );
  }
  return (
    <div className={styles.root}>
      {groups.map(({ group, functions }) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`} className={styles.group}>
          <Text as="h2" id={`group-${group.id}`} size={500} weight="semibold" className={styles.heading}>
            {group.title}
          </Text>
          {functions.map((def) => (
            <FlagCard key={def.id} def={def} host={host} expanded={expanded} />
          ))}
        </section>
      ))}
    </div>
  );
}
