import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { Appearance } from "../host/detect";

/** The Fluent theme matching Office's appearance. */
export function themeFor(appearance: Appearance): Theme {
  return appearance === "dark" ? webDarkTheme : webLightTheme;
}
