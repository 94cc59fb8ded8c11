/**
 * Depreciation assumptions the templates start from. The book life is disclosed (a company's
 * `Financials.disclosures`); the economic life is a judgement, so it is entered as an analyst
 * estimate the user changes.
 */

/**
 * Economic life of AI hardware, in years: the analysis has it overtaken within two chip
 * generations, a 2-3 year product cycle; 3 is the generous end of that range.
 */
export const ECONOMIC_LIFE_ESTIMATE = 3;

/** The depreciation template's sensitivity grid: economic lives down the rows, book lives across. */
export const SENSITIVITY_ECONOMIC_LIVES: readonly number[] = [2, 3, 4, 5, 6];
export const SENSITIVITY_BOOK_LIVES: readonly number[] = [4, 5, 6];

/**
 * Years the schedule runs past the latest vintage: the longest book life of the grid, so the
 * chart shows the latest vintage running out under any book life the grid tests.
 */
export const PROJECTION_YEARS = Math.max(...SENSITIVITY_BOOK_LIVES);
