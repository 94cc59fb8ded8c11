import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** Why a panel cannot act outside Excel (or the preview): shown up front, not only after a click. */
export function NotConnectedNote({ text }: { text: string }) {
  return (
    <MessageBar intent="info">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
