import { useId } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { anchorOf } from "../../core/docs/reference";
import type { GroupOfFunctions } from "../catalogue";
import { SURFACE } from "./surface";

const useStyles = makeStyles({
  root: SURFACE,
  heading: { margin: 0 },
  groups: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  group: { fontWeight: tokens.fontWeightSemibold },
  links: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontWeight: tokens.fontWeightRegular },
  link: { color: tokens.colorBrandForegroundLink, ":hover": { color: tokens.colorBrandForegroundLinkHover } },
});

/** The reference page's table of contents: every function under its group, each a link to its card. */
export function Contents({ groups }: { groups: readonly GroupOfFunctions[] }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <nav aria-labelledby={headingId} className={styles.root}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        Contents
      </Text>
      <ul className={styles.groups}>
        {groups.map(({ group, functions }) => (
          <li key={group.id} className={styles.group}>
            {group.title}
            <ul className={styles.links}>
              {functions.map((def) => (
                <li key={def.id}>
                  <a className={styles.link} href={`#${anchorOf(def)}`}>
                    {def.words.title}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
