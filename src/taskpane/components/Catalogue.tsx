import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { GroupOfFunctions } from "../catalogue";
import type { Host } from "../../host/host";
import { FlagCard } from "./FlagCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

interface Props {
  groups: readonly GroupOfFunctions[];
  host: Host;
  expanded?: boolean;
  /** Show only this many cards (the first ones), the rest once the first are on screen; all when undefined. */
  limit?: number | undefined;
}

/** The cards under their group headings. */
export function Catalogue({ groups, host, expanded = false, limit }: Props) {
  const styles = useStyles();
  let left = limit ?? Infinity;
  const shown = groups
    .map((g) => {
      const functions = g.functions.slice(0, Math.max(0, left));
      left -= functions.length;
      return { ...g, functions };
    })
    .filter((g) => g.functions.length > 0);
  return (
    <div className={styles.root}>
      {shown.map(({ group, functions }) => (
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
