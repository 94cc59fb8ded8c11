/**
 * Retrying an Excel call while the user is editing a cell. In cell-edit mode Excel refuses
 * every API call with `InvalidOperationInCellEditMode`; the edit usually ends within a second
 * or two, so a few short waits are worth it. Any other error is not retried: it surfaces at once.
 *
 * The fallback: batches run with `delayForCellEdit` (officeHost.ts `runDelayingForCellEdit`), so
 * an Excel that supports it holds them until the edit ends and never refuses; an Excel that does
 * not still refuses, and these retries, then the busy sentence, handle it. Every host operation
 * goes through here. Pure: the wait is injected, so tests run without timers.
 */

/** The error code Excel gives while a cell is being edited. */
export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

export const BUSY_MESSAGE = "Excel is busy: finish editing the cell (press Enter or Esc), then try again.";

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RetryOptions {
  /** Waits between attempts: `n` waits make `n + 1` tries. Default 3 tries over 1.5 s. */
  delaysMs?: readonly number[];
  sleep?: Sleep;
}

export const DEFAULT_DELAYS_MS: readonly number[] = [500, 1000];

export type RetryOutcome<T> = { done: true; value: T } | { done: false; message: string };

/** Whether an error is Excel's "a cell is being edited" refusal (an `OfficeExtension.Error`). */
export function isCellEditModeError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === CELL_EDIT_MODE;
}

/**
 * Runs `attempt`, and again after each delay while Excel is in cell-edit mode. Resolves with
 * the value, or with the busy message when every try was refused; rejects with any other error.
 * `attempt` must be a whole batch (its own `Excel.run`): a refused batch wrote nothing.
 */
export async function retryWhileEditing<T>(attempt: () => Promise<T>, options: RetryOptions = {}): Promise<RetryOutcome<T>> {
  const delays = options.delaysMs ?? DEFAULT_DELAYS_MS;
  const sleep = options.sleep ?? realSleep;
  for (let i = 0; ; i++) {
    try {
      return { done: true, value: await attempt() };
    } catch (error) {
      if (!isCellEditModeError(error)) throw error;
      if (i >= delays.length) return { done: false, message: BUSY_MESSAGE };
    }
    await sleep(delays[i]);
  }
}
