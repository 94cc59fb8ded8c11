import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** A raised block of the pane (a function's card, the first-run card, the contents): one look for all. */
export const SURFACE: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusLarge,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: tokens.shadow4,
};

/** A section at the foot of the pane, under a rule (loading with the workbook, the last insertion). */
export const FOOT: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalXS,
  paddingTop: tokens.spacingVerticalM,
  borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};
