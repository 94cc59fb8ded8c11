/**
 * The function reference in Markdown, generated from the registry (README and docs/functions.md).
 */
import { GROUPS, type FunctionDefinition } from "../framework/definition";
import { describeRule } from "../params/rules";
import type { ParamSpec } from "../params/spec";
import { formulaOf, NAMESPACE, syntaxOf } from "./formula";

/** Anchor of a function's section, shared by the help URLs and the docs. */
export function anchorOf(def: FunctionDefinition): string {
  return def.id.toLowerCase();
}

function paramLine(p: ParamSpec): string {
  const notes: string[] = [];
  if (p.defaultValue !== undefined) notes.push(`default ${typeof p.defaultValue === "string" ? `"${p.defaultValue}"` : p.defaultValue}`);
  else if (p.optional) notes.push("optional");
  if (p.rule) notes.push(describeRule(p.rule));
  return `- \`${p.name}\`${notes.length ? ` (${notes.join("; ")})` : ""}: ${p.description}`;
}

function section(def: FunctionDefinition): string {
  const w = def.words;
  const lines = [
    `### ${NAMESPACE}.${def.id}`,
    "",
    `**${w.title}.** ${w.summary}`,
    "",
    "```",
    syntaxOf(def),
    "```",
    "",
    ...def.params.map(paramLine),
    "",
    `**Why it matters.** ${w.why}`,
    "",
    `**What to watch.** ${w.watch}`,
    "",
    ...(w.optimism ? [`**The case for optimism.** ${w.optimism}`, ""] : []),
    `**How it is computed.** ${w.method}`,
    "",
    `**Thresholds.** ${w.thresholds}`,
    "",
    "**Examples.**",
    "",
    ...def.examples.map(
      (ex) =>
        `- \`${formulaOf(def, ex.args)}\` returns ${typeof ex.expected === "number" ? +ex.expected.toPrecision(6) : `"${ex.expected}"`}` +
        `${ex.status ? ` (${ex.status})` : ""}: ${ex.note}`,
    ),
  ];
  return lines.join("\n");
}

export function referenceMarkdown(registry: readonly FunctionDefinition[]): string {
  const parts: string[] = [];
  for (const group of GROUPS) {
    const defs = registry.filter((d) => d.group === group.id);
    if (defs.length === 0) continue;
    parts.push(`## ${group.title}`, "", ...defs.map((d) => `${section(d)}\n`));
  }
  return parts.join("\n").trimEnd() + "\n";
}

/** A one-line-per-function table for the README. */
export function catalogueTable(registry: readonly FunctionDefinition[]): string {
  const rows = registry.map((d) => `| [\`${NAMESPACE}.${d.id}\`](docs/functions.md#${anchorOf(d)}) | ${d.words.title} | ${d.words.summary} |`);
  return ["| Function | Flag | What it says |", "| --- | --- | --- |", ...rows].join("\n") + "\n";
}
