/**
 * Skipping, said out loud: a file that cannot run (part of) its tests here calls `skipBecause`
 * with the reason. It declares a skipped test titled with the reason, which jest keeps in its
 * results and the summary reporter prints ("jest: skipped <file>: <reason>"), even when jest
 * swallows the file's console output (a file whose tests are all skipped, among several).
 */
import { SKIP_PREFIX } from "../skipNotice";

export function skipBecause(reason: string): void {
  test.skip(`${SKIP_PREFIX}${reason}`, () => undefined);
}
