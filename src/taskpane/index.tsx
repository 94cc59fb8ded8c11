/** Taskpane entry (taskpane.html and help.html): start the pane; see start.tsx. */
import { start } from "./start";

start().catch((error: unknown) => {
  // The page cannot show the app: say so in the console, where a developer looks.
  console.error(error);
});
