import { useCallback, useState } from "react";
import type { Host, InsertResult } from "../host/host";
import { succeeded } from "../host/host";

export type InsertTone = "success" | "warning" | "error";

export interface InsertState {
  pending: boolean;
  /** The last outcome in words, for the status line; empty before the first click. */
  message: string;
  tone: InsertTone | undefined;
  insert(): void;
}

function toneOf(result: InsertResult): InsertTone {
  return succeeded(result) ? "success" : "warning";
}

/** Inserting one formula (in its number format, when given) through the host; an unexpected failure is shown, not swallowed. */
export function useInsert(host: Host, formula: string, numberFormat?: string): InsertState {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState("");
  const [tone, setTone] = useState<InsertTone | undefined>(undefined);
  const insert = useCallback(() => {
    setPending(true);
    setMessage("");
    (numberFormat === undefined ? host.insertFormula(formula) : host.insertFormula(formula, numberFormat)).then(
      (result) => {
        setMessage(result.message);
        setTone(toneOf(result));
        setPending(false);
      },
      (error: unknown) => {
        setMessage(`Could not insert the formula: ${error instanceof Error ? error.message : String(error)}`);
        setTone("error");
        setPending(false);
      },
    );
  }, [host, formula, numberFormat]);
  return { pending, message, tone, insert };
}
