import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { Appearance } from "../host/detect";

/** The Fluent theme matching Office's appearance. */
export function themeFor(appearance: Appearance): Theme {
  return appearance === "dark" ? webDarkTheme : webLightTheme;
}

/** The system's choice (prefers-color-scheme), for a page outside Office, where no Office theme says otherwise. */
export function systemAppearance(win: Pick<Window, "matchMedia"> | null | undefined): Appearance {
  return typeof win?.matchMedia === "function" && win.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}
