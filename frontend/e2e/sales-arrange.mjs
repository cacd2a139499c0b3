// Arranging sales data through the bound methods, for the sales e2e files.
import { call } from './harness.mjs'

/** The hand-ticked items of the seeded exit checklists (backend/store/migrations/0005_sales.sql). */
const CHECKS = ['lead.fit', 'first_contact.talked', 'proposal.sent', 'quotation.sent', 'negotiation.signed']

/**
 * Fills every deal field and ticks every item the seeded checklists ask for,
 * so the deal may jump stages or be won from where it is (a move checks every
 * stage it passes). Moves no stage and makes no SOP task; returns the deal.
 */
export async function meetEveryChecklist(page, d, closeOn) {
  let deal = await call(page, 'Sales', 'UpdateDeal', {
    ...d, stageId: '', amountMinor: Math.max(d.amountMinor, 100), expectedCloseOn: closeOn,
    products: [{ productId: '', name: '样品' }], budgetMinor: 10_000_000, decisionMaker: '采购部 王经理',
    purchaseTimeline: '本季度', needs: d.needs || '年度采购',
  })
  for (const key of CHECKS) deal = await call(page, 'Sales', 'TickChecklist', deal.id, deal.version, key, true)
  return deal
}
