/**
 * `npm run generate`: writes every artefact derived from the registry. A test fails when a
 * committed copy is out of date, so a change to a flag can never leave its docs behind.
 */
import { writeFileSync } from "node:fs";
import { generatedFiles } from "./generate/files";

for (const file of generatedFiles()) {
  writeFileSync(file.path, file.content);
  console.log(`wrote ${file.path}`);
}
