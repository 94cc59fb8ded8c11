/**
 * What ExcelJS cannot write, added to the package it wrote: the calculation engine Excel should
 * take the cached values from, and the metadata that makes an array formula a dynamic array.
 *
 * Calculation engine. ExcelJS always writes `<calcPr calcId="171027"/>` (Excel 2016). An Excel
 * opening a file whose calcId is lower than its own engine's "will recalculate the results of all
 * formulas on this workbook immediately after loading the file" ([MS-XLS] 2.4.215 RecalcId, the
 * same identifier as ECMA-376 Part 1, 18.2.2 calcPr/@calcId); and from calcId 179016 on, it also
 * recalculates "if any of the features present in the current version of the calculation engine
 * are not represented" in the workbook's calcFeatures extension ([MS-XLSX] 2.4.82 calcFeatures).
 * A full recalculation on opening throws the cached values away: every AIFLAG cell shows #NAME?
 * without the add-in, or #BUSY! until it loads. So the package names the engine of current Excel
 * (Microsoft 365): calcId 191029 and the seven features its files list. `fullCalcOnLoad` stays
 * unset, for the same reason (ECMA-376 Part 1, 18.2.2: it asks for a full calculation on load).
 * An Excel whose engine is newer than this still recalculates on opening; that cannot be avoided
 * by a file written in advance.
 *
 * Dynamic arrays. A formula Excel 365 stores as a dynamic array is an array formula,
 * `<f t="array" ref="E8:F14">`, in a cell whose `cm` attribute points at a cell-metadata block of
 * type XLDAPR with `<xda:dynamicArrayProperties fDynamic="1">` ([MS-XLSX] dynamicArrayProperties,
 * namespace http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray), kept in the
 * workbook's Metadata part (ECMA-376 Part 1, Metadata part: content type
 * `...spreadsheetml.sheetMetadata+xml`, relationship `.../relationships/sheetMetadata` from the
 * workbook). Without `cm` Excel reads it as a legacy Ctrl+Shift+Enter array. The parts match
 * what Excel 365 saves for a formula entered as a dynamic array, as rust_xlsxwriter writes them
 * (its tests compare against files Excel saved); no real Excel has opened ours yet.
 */
import { readParts, writeParts, type Parts } from "./zip";

/** The calculation engine of Excel for Microsoft 365, as its own files name it. */
export const CALC_ID = 191029;
export const CALC_FEATURES: readonly string[] = [
  "microsoft.com:RD",
  "microsoft.com:Single",
  "microsoft.com:FV",
  "microsoft.com:CNMTM",
  "microsoft.com:LET_WF",
  "microsoft.com:LAMBDA_WF",
  "microsoft.com:ARRAYTEXT_WF",
];

const CALC_FEATURES_URI = "{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}";
const CALC_FEATURES_NS = "http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures";
const DYNAMIC_ARRAY_NS = "http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray";
const DYNAMIC_ARRAY_URI = "{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}";
const METADATA_PART = "xl/metadata.xml";
const METADATA_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
const METADATA_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";

/** The value of a cell's `cm` attribute for a dynamic array: the first (1-based) cell-metadata block. */
export const DYNAMIC_ARRAY_CM = "1";

/** One metadata type (XLDAPR), one future-metadata block saying "dynamic", one cell-metadata block using it. */
export const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="${DYNAMIC_ARRAY_NS}">` +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="${DYNAMIC_ARRAY_URI}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>` +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  "</metadata>";

function replaceOnce(xml: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(xml)) throw new Error(`the package ExcelJS wrote has no ${what}`);
  return xml.replace(pattern, replacement);
}

/** workbook.xml with the current engine's calcId and calcFeatures (and no full calculation on load). */
export function setCalcProperties(workbookXml: string): string {
  if (workbookXml.includes("<extLst>")) throw new Error("workbook.xml already has an extension list; the calcFeatures would need merging into it");
  const features = CALC_FEATURES.map((name) => `<xcalcf:feature name="${name}"/>`).join("");
  const extensions = `<extLst><ext uri="${CALC_FEATURES_URI}" xmlns:xcalcf="${CALC_FEATURES_NS}"><xcalcf:calcFeatures>${features}</xcalcf:calcFeatures></ext></extLst>`;
  const withCalc = replaceOnce(workbookXml, /<calcPr\b[^>]*\/>/, `<calcPr calcId="${CALC_ID}"/>`, "calcPr");
  // extLst is the last child of <workbook> in its schema (ECMA-376 Part 1, CT_Workbook).
  return replaceOnce(withCalc, /<\/workbook>\s*$/, `${extensions}</workbook>`, "</workbook>");
}

/** A sheet's XML with `cm` on every cell holding an array formula: all of them dynamic arrays. */
export function markDynamicArrays(sheetXml: string): { xml: string; count: number } {
  let count = 0;
  const xml = sheetXml.replace(/<c ([^>]*[^/])>(?=<f t="array")/g, (_cell, attributes: string) => {
    count++;
    return `<c ${attributes} cm="${DYNAMIC_ARRAY_CM}">`;
  });
  return { xml, count };
}

function nextRelationshipId(relsXml: string): string {
  const ids = [...relsXml.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  return `rId${Math.max(0, ...ids) + 1}`;
}

/** The metadata part, its content type and the workbook's relationship to it. */
function addMetadataPart(parts: Parts): void {
  const types = parts.get("[Content_Types].xml")!.toString("utf8");
  const override = `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_CONTENT_TYPE}"/>`;
  parts.set("[Content_Types].xml", Buffer.from(replaceOnce(types, /<\/Types>\s*$/, `${override}</Types>`, "</Types>")));
  const relsName = "xl/_rels/workbook.xml.rels";
  const rels = parts.get(relsName)!.toString("utf8");
  const relationship = `<Relationship Id="${nextRelationshipId(rels)}" Type="${METADATA_RELATIONSHIP}" Target="metadata.xml"/>`;
  parts.set(relsName, Buffer.from(replaceOnce(rels, /<\/Relationships>\s*$/, `${relationship}</Relationships>`, "</Relationships>")));
  parts.set(METADATA_PART, Buffer.from(METADATA_XML));
}

/** The package ExcelJS wrote, finished: current calculation engine, dynamic arrays marked. */
export async function finishPackage(bytes: Buffer): Promise<Buffer> {
  const parts = await readParts(bytes);
  parts.set("xl/workbook.xml", Buffer.from(setCalcProperties(parts.get("xl/workbook.xml")!.toString("utf8"))));
  let arrays = 0;
  for (const [name, part] of parts) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const marked = markDynamicArrays(part.toString("utf8"));
    arrays += marked.count;
    parts.set(name, Buffer.from(marked.xml));
  }
  if (arrays > 0) addMetadataPart(parts);
  return writeParts(parts);
}
