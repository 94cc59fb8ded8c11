import { Badge } from "@fluentui/react-components";
import type { Status } from "../../core/framework/status";

const COLOR = { RED: "danger", WATCH: "warning", OK: "success" } as const;

/** A status in words and colour (the word carries the meaning; the colour repeats it). */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <Badge appearance="tint" color={COLOR[status]}>
      {status}
    </Badge>
  );
}
