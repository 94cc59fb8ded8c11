/**
 * The SEC source's one mapping table: for each line item of the vocabulary (`src/model/lineItems.ts`)
 * that 10-K and 10-Q filings carry, the us-gaap concepts that carry it, in order of preference,
 * each with what it means. The reader tries them in order for every period on its own, since
 * companies switch tags over time (Microsoft's cost of revenue moved from `CostOfRevenue` to
 * `CostOfGoodsAndServicesSold`; Alphabet re-tagged its revenue as `Revenues`).
 *
 * A source is one concept, or a sum of concepts that together make the item (`sum`: used for a
 * period only when every part is filed for it). A concept that is only part of the item, or that
 * means something else, is not listed: the item stays missing rather than approximated. Company
 * extension tags (`msft:`, `amzn:`) are not in companyfacts, so an item a company files only
 * under its own tag is reported as a gap, never guessed. Estimates and assumptions of the
 * vocabulary are not read from SEC data.
 *
 * Whether an item is a flow over the period or a stock at its end comes from the vocabulary
 * (`LINE_ITEMS[id].period`), not from here.
 */
import type { LineItemId } from "../../model/lineItems";

/** The only taxonomy read: companyfacts also holds `dei`, `srt` and `ifrs-full`. */
export const TAXONOMY = "us-gaap";

export interface TagSource {
  /** One us-gaap concept (local name), or several whose sum makes the item. */
  tag: string | readonly string[];
  /** What the concept holds, and when it is the right one. */
  meaning: string;
}

const tag = (name: string, meaning: string): TagSource => ({ tag: name, meaning });
const sum = (names: readonly string[], meaning: string): TagSource => ({ tag: names, meaning });

export const SEC_TAGS = {
  // Income statement
  revenue: [
    tag("Revenues", "Total revenues, the top of the taxonomy's revenue tree (Alphabet from its FY2025 10-K, NVIDIA throughout)."),
    tag("RevenueFromContractWithCustomerExcludingAssessedTax", "Revenue from contracts with customers (ASC 606), excluding sales taxes: most companies' total revenue line since 2018 (Microsoft, Amazon, Meta)."),
    tag("RevenueFromContractWithCustomerIncludingAssessedTax", "The same, including sales and excise taxes collected, for companies that present revenue gross of them."),
    tag("SalesRevenueNet", "Net sales, the total revenue concept before ASC 606 (withdrawn from the taxonomy in 2018)."),
  ],
  cost_of_revenue: [
    tag("CostOfRevenue", "Total cost of revenue (NVIDIA; Microsoft up to FY2015)."),
    tag("CostOfGoodsAndServicesSold", "Cost of goods and services sold, the total cost of sales (Microsoft from FY2016)."),
  ],
  gross_profit: [tag("GrossProfit", "Gross profit as the income statement shows it.")],
  research_and_development: [
    tag("ResearchAndDevelopmentExpense", "Research and development expense."),
    tag("ResearchAndDevelopmentExpenseExcludingAcquiredInProcessCost", "The same, for companies that show acquired in-process R&D on a line of its own."),
  ],
  sga: [
    tag("SellingGeneralAndAdministrativeExpense", "Selling, general and administrative expense on one line (NVIDIA)."),
    sum(["SellingAndMarketingExpense", "GeneralAndAdministrativeExpense"], "Sales and marketing plus general and administrative, for companies that show them on two lines (Microsoft)."),
  ],
  operating_income: [tag("OperatingIncomeLoss", "Operating income (loss).")],
  interest_expense: [
    tag("InterestExpense", "Interest expense (the concept used up to the 2023 taxonomy)."),
    tag("InterestExpenseNonoperating", "Interest expense shown as a non-operating item (the concept from the 2023 taxonomy)."),
  ],
  pretax_income: [
    tag("IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", "Income from continuing operations before income taxes (the current concept)."),
    tag("IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethodInvestments", "The same, before equity-method income (the concept most companies used up to 2021)."),
  ],
  income_tax_expense: [tag("IncomeTaxExpenseBenefit", "Provision for income taxes (benefit negative).")],
  income_continuing_ops: [tag("IncomeLossFromContinuingOperations", "Income from continuing operations after tax, attributable to the parent; filed only by companies that show discontinued operations.")],
  net_income: [
    tag("NetIncomeLoss", "Net income (loss) attributable to the parent."),
    tag("ProfitLoss", "Net income including noncontrolling interests: the same figure for a company without them; used only where NetIncomeLoss is not filed."),
  ],
  // Cash-flow statement
  operating_cash_flow: [
    tag("NetCashProvidedByUsedInOperatingActivities", "Net cash from operating activities."),
    tag("NetCashProvidedByUsedInOperatingActivitiesContinuingOperations", "The same, continuing operations, for companies that show discontinued operations apart."),
  ],
  capex: [
    tag("PaymentsToAcquirePropertyPlantAndEquipment", "Payments for property, plant and equipment (Microsoft; NVIDIA up to FY2012)."),
    tag("PaymentsToAcquireProductiveAssets", "Payments for productive assets: property and equipment, and intangible assets where the line includes them (NVIDIA from FY2022, Amazon)."),
  ],
  finance_lease_principal: [
    tag("FinanceLeasePrincipalPayments", "Principal payments on finance-lease liabilities (financing activities; ASC 842, from 2019)."),
    tag("RepaymentsOfLongTermCapitalLeaseObligations", "Principal payments on capital-lease obligations, the same payments before ASC 842."),
  ],
  capex_accrued: [
    tag("CapitalExpendituresIncurredButNotYetPaid", "Property and equipment bought but unpaid at the period's end (a non-cash disclosure). Filed as a duration fact, it measures an amount outstanding at the end: read at the end date, never differenced."),
  ],
  depreciation_amortization: [
    tag("DepreciationDepletionAndAmortization", "Depreciation, depletion and amortization added back in the cash-flow statement (NVIDIA from FY2020)."),
    tag("DepreciationAndAmortization", "Depreciation and amortization added back in the cash-flow statement (NVIDIA up to FY2021)."),
    tag("DepreciationAmortizationAndAccretionNet", "Depreciation, amortization and accretion, for companies that add them back on one line."),
  ],
  depreciation: [tag("Depreciation", "Depreciation of property and equipment alone, usually from the notes (Microsoft gives it rounded to $0.1 billion).")],
  stock_based_compensation: [
    tag("ShareBasedCompensation", "Share-based compensation added back in the cash-flow statement."),
    tag("AllocatedShareBasedCompensationExpense", "Share-based compensation expense recognised in the income statement (the notes' figure)."),
  ],
  income_taxes_paid: [
    tag("IncomeTaxesPaidNet", "Income taxes paid, net of refunds."),
    tag("IncomeTaxesPaid", "Income taxes paid (the concept some companies use for the net figure)."),
  ],
  // Balance sheet
  cash: [
    tag("CashAndCashEquivalentsAtCarryingValue", "Cash and cash equivalents (restricted cash excluded)."),
    tag("Cash", "Cash, for companies that hold no cash equivalents."),
  ],
  marketable_securities: [
    tag("MarketableSecuritiesCurrent", "Marketable securities held as current assets (NVIDIA)."),
    tag("ShortTermInvestments", "Short-term investments (Microsoft)."),
    tag("AvailableForSaleSecuritiesDebtSecuritiesCurrent", "Available-for-sale debt securities, current, for companies that show only those."),
  ],
  receivables: [
    tag("AccountsReceivableNetCurrent", "Accounts receivable, net of allowances, current."),
    tag("ReceivablesNetCurrent", "Receivables, net, current, for companies that show trade and other receivables on one line."),
  ],
  current_assets: [tag("AssetsCurrent", "Total current assets.")],
  ppe_gross: [
    tag("PropertyPlantAndEquipmentGross", "Property and equipment at cost."),
    tag("PropertyPlantAndEquipmentAndFinanceLeaseRightOfUseAssetBeforeAccumulatedDepreciationAndAmortization", "The same, including finance-lease right-of-use assets, for companies that present them together."),
  ],
  accumulated_depreciation: [
    tag("AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment", "Accumulated depreciation of property and equipment."),
    tag("PropertyPlantAndEquipmentAndFinanceLeaseRightOfUseAssetAccumulatedDepreciationAndAmortization", "The same, including finance-lease right-of-use assets, for companies that present them together."),
  ],
  ppe_net: [
    tag("PropertyPlantAndEquipmentNet", "Property and equipment, net."),
    tag("PropertyPlantAndEquipmentAndFinanceLeaseRightOfUseAssetAfterAccumulatedDepreciationAndAmortization", "The same, including finance-lease right-of-use assets, for companies that present them together."),
  ],
  total_assets: [tag("Assets", "Total assets.")],
  current_liabilities: [tag("LiabilitiesCurrent", "Total current liabilities.")],
  short_term_debt: [
    tag("DebtCurrent", "Debt due within a year: short-term borrowings and the current portion of long-term debt together (NVIDIA)."),
    sum(["ShortTermBorrowings", "LongTermDebtCurrent"], "Short-term borrowings plus the current portion of long-term debt, for companies that show them on two lines."),
    tag("LongTermDebtCurrent", "Current portion of long-term debt, when no short-term borrowings are filed for the date (Microsoft since FY2019)."),
  ],
  long_term_debt: [tag("LongTermDebtNoncurrent", "Long-term debt excluding the current portion (finance leases excluded).")],
  finance_lease_liabilities: [
    tag("FinanceLeaseLiability", "Finance-lease liabilities, current and non-current (ASC 842)."),
    sum(["FinanceLeaseLiabilityCurrent", "FinanceLeaseLiabilityNoncurrent"], "The current and non-current finance-lease liabilities, for companies that file only the two parts."),
    sum(["CapitalLeaseObligationsCurrent", "CapitalLeaseObligationsNoncurrent"], "Capital-lease obligations, current and non-current: the same liabilities before ASC 842."),
  ],
  total_liabilities: [tag("Liabilities", "Total liabilities.")],
  retained_earnings: [tag("RetainedEarningsAccumulatedDeficit", "Retained earnings (accumulated deficit).")],
  stockholders_equity: [tag("StockholdersEquity", "Total stockholders' equity attributable to the parent.")],
  backlog: [tag("RevenueRemainingPerformanceObligation", "Remaining performance obligations: revenue contracted but not yet recognised (ASC 606).")],
} as const satisfies Partial<Record<LineItemId, readonly TagSource[]>>;

export type SecItemId = keyof typeof SEC_TAGS;

export const SEC_ITEM_IDS = Object.keys(SEC_TAGS) as SecItemId[];

/** The concepts a source reads, as a list ("A" or "A + B"). */
export function sourceTags(source: TagSource): readonly string[] {
  return typeof source.tag === "string" ? [source.tag] : source.tag;
}

/** "us-gaap:PaymentsToAcquireProductiveAssets" or "us-gaap:A + us-gaap:B". */
export function sourceName(source: TagSource): string {
  return sourceTags(source)
    .map((t) => `${TAXONOMY}:${t}`)
    .join(" + ");
}

/** Every concept the table reads, once: the reader walks these and nothing else of the document. */
export const TABLE_TAGS: readonly string[] = [...new Set(SEC_ITEM_IDS.flatMap((id) => (SEC_TAGS[id] as readonly TagSource[]).flatMap(sourceTags)))];
