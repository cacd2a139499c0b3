import { describe, expect, it } from 'vitest'
import zhCN from './zh-CN.json'
import en from './en.json'

// A quote waiting for a manager has been submitted: calling it a draft made
// reps think it had not gone anywhere (issue 13 item 7). The exported files
// still say "draft" (a document not yet approved), which is another text.
describe('a quote waiting for approval', () => {
  it('reads as submitted, not as a draft, in the status and on the quote page', () => {
    expect(zhCN.quotes.status.pending_approval).toBe('已提交，待审批')
    expect(zhCN.quotes.detail.pendingBanner).toBe('已提交，待审批')
    expect(en.quotes.status.pending_approval).toBe('Submitted, waiting for approval')
    expect(en.quotes.detail.pendingBanner).toBe('Submitted, waiting for approval')
  })
})
