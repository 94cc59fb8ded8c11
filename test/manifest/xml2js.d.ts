// The few xml2js entry points the manifest tests use. xml2js comes with office-addin-manifest
// (it is the parser that package reads manifests with); @types/xml2js is not installed.
declare module "xml2js" {
  export interface ParserOptions {
    [option: string]: unknown;
  }
  /** With the default `async: false` the callback runs before parseString returns. */
  export function parseString(xml: string, options: ParserOptions, callback: (err: Error | null, result: unknown) => void): void;
}
