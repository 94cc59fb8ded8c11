import type { ExampleArg, FunctionDefinition } from "../framework/definition";
import { formatPlain } from "../format/numbers";

/** The namespace Excel shows before every function id (set in manifest.xml). */
export const NAMESPACE = "AIFLAG";

/** `AIFLAG.FCFCONV(operating_cash_flow, capex, net_income, [output])` */
export function syntaxOf(def: FunctionDefinition): string {
  const params = def.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${NAMESPACE}.${def.id}(${params.join(", ")})`;
}

/** An argument as typed in a formula: numbers plain, text quoted, a list as a row array constant. */
export function formulaArg(arg: ExampleArg): string {
  if (arg === null) return "";
  if (typeof arg === "number") return formatPlain(arg);
  if (typeof arg === "string") return `"${arg.replace(/"/g, '""')}"`;
  return `{${arg.map(formatPlain).join(",")}}`;
}

/** `=AIFLAG.GROSSMARGINGAP({100,140},{40,58})`: self-contained, so it can be inserted into any cell. */
export function formulaOf(def: FunctionDefinition, args: readonly ExampleArg[]): string {
  // Trailing omitted arguments are dropped; inner ones stay as empty slots.
  let end = args.length;
  while (end > 0 && args[end - 1] === null) end--;
  return `=${NAMESPACE}.${def.id}(${args.slice(0, end).map(formulaArg).join(",")})`;
}

/** The example arguments as Excel would pass them: a list becomes a one-row block. */
export function exampleRawArgs(args: readonly ExampleArg[]): Array<number | string | null | Array<Array<number>>> {
  return args.map((a) => (Array.isArray(a) ? [[...a]] : (a as number | string | null)));
}
