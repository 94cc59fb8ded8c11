/** The source-neutral data model: the line-item vocabulary and the `Financials` every source fills. */
export * from "./lineItems";
export * from "./financials";
export * from "./derived";
