/**
 * The market screen, pure: one company's annual figures through every flag of the registry for
 * one fiscal year (`screenCompany`), then the companies ranked by SCORE (`buildScreenReport`) and
 * shown as columns (`screenColumns`). The CLI (`src/cli/screen`) reads the archive and runs this
 * on worker threads.
 */
export { screenCompany, inMillions, type ScreenOptions, type ScreenOutcome } from "./screenCompany";
export { buildScreenReport, shownFlags, SCREEN_SCHEMA_VERSION, type ScreenReport, type ScreenSettings, type FlagColumn, type ScreenCounts } from "./report";
export { rankCompanies, compareCompanies, revenueShortfall, type RankedCompany, type Selection } from "./rank";
export { screenColumns, type Column, type CellValue } from "./columns";
export { fcfTrend, fellTwice, TREND_YEARS } from "./trend";
export type { ScreenedCompany, FlagCell, FlagGap, FcfTrend, Skipped, SkipReason } from "./types";
