/**
 * The complete companyfacts files of /work/shared (4-5 MB each, every tag) give exactly what the
 * trimmed fixtures give: the reader reads only its table's tags, so the trimming loses nothing.
 * Optional: the fixtures are enough to pass; without the folder this says plainly that it skips.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseCompanyFactsText, readCompanyFacts, secJson } from "../../../src/sources/sec";
import { fixtureCompany, SHARED_DIR, sharedAvailable } from "./fixtures";

const present = sharedAvailable();
if (!present) console.warn(`SKIPPED: the full-file check needs ${SHARED_DIR}, which is absent on this machine; the trimmed fixtures are tested anyway.`);

(present ? describe : describe.skip)("full companyfacts files equal the trimmed fixtures", () => {
  test.each(["MSFT", "NVDA"] as const)("%s", (company) => {
    const text = gunzipSync(readFileSync(resolve(SHARED_DIR, `${company}.json.gz`))).toString("utf8");
    for (const basis of ["as-restated", "as-first-reported"] as const) {
      const full = readCompanyFacts(parseCompanyFactsText(text), { basis });
      expect(secJson(full)).toEqual(secJson(fixtureCompany(company, basis)));
    }
  });
});
