import { useCallback, useState } from "react";

export type Tone = "success" | "warning" | "error";

export interface Outcome {
  message: string;
  tone: Tone;
}

export interface HostAction<T> {
  pending: boolean;
  /** The last outcome in words; undefined before the first call. */
  outcome: Outcome | undefined;
  /** The last result, when the call resolved. */
  result: T | undefined;
  run(call: () => Promise<T>): void;
}

/**
 * One host call at a time, with its outcome as a sentence: `describe` turns a result into words
 * and a tone; a rejection is shown as `${failure}: ${error}` (never swallowed).
 */
export function useHostAction<T>(describe: (result: T) => Outcome, failure: string): HostAction<T> {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [result, setResult] = useState<T | undefined>(undefined);
  const run = useCallback(
    (call: () => Promise<T>) => {
      setPending(true);
      setOutcome(undefined);
      call().then(
        (value) => {
          setResult(value);
          setOutcome(describe(value));
          setPending(false);
        },
        (error: unknown) => {
          setResult(undefined);
          setOutcome({ message: `${failure}: ${error instanceof Error ? error.message : String(error)}`, tone: "error" });
          setPending(false);
        },
      );
    },
    [describe, failure],
  );
  return { pending, outcome, result, run };
}
