/**
 * Outside Office (a plain browser, the preview, a test page) there is no `CustomFunctions`
 * global, and the `CustomFunctions.associate(...)` calls that custom-functions-metadata-plugin
 * appends to the functions bundle would throw and stop the taskpane from loading. This
 * module runs first and, only when the real runtime is absent, puts an inert stand-in in its
 * place: registrations are kept (so a page can list them) but nothing calls them.
 * In Excel the real runtime from office.js is already there and this does nothing.
 */
import { EXCEL_ERROR_CODES } from "./errorCodes";

type Associations = Record<string, (...args: never[]) => unknown>;

interface StandIn {
  associations: Associations;
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => { code: string; message?: string | undefined };
  ErrorCode: Record<string, string>;
}

const scope = globalThis as unknown as { CustomFunctions?: unknown };

if (typeof scope.CustomFunctions === "undefined") {
  const standIn: StandIn = {
    associations: {},
    associate(id, fn) {
      this.associations[id] = fn;
    },
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    },
    ErrorCode: { ...EXCEL_ERROR_CODES },
  };
  scope.CustomFunctions = standIn;
}

export {};
