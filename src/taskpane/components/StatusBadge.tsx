import type { Status } from "../../core/framework/status";
import { Pill } from "./Pill";

const TONE = { RED: "danger", WATCH: "warning", OK: "success" } as const;

/** A status in words and colour (the word carries the meaning; the colour repeats it). */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <Pill tone={TONE[status]} data-status={status}>
      {status}
    </Pill>
  );
}
