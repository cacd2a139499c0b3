// The audit trail on screen: the owner creates a customer, opens Settings →
// Audit trail, and sees the creation with who did it; "only this one" narrows
// the list to that customer, whose name opens its page.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, shot, signInAsOwner, call, owner } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

test('the owner sees a customer just created in the audit trail', async () => {
  await signInAsOwner(page)
  const c = await call(page, 'Customers', 'Create', {
    id: '', kind: 'company', name: '温州瓯江阀门有限公司', ownerId: '', stage: 'lead', source: '', industry: '',
    region: '', city: '温州', country: '', address: '', phone: '', email: '', wechat: '', tags: [], notes: '',
    contacts: [], version: 0,
  })
  await page.getByTestId('nav-settings').click()
  await page.getByTestId('settings-tab-audit').click()
  const row = page.locator('[data-testid="audit-row"][data-entity="customer"][data-action="create"]', { hasText: '温州瓯江阀门有限公司' })
  await row.first().waitFor({ timeout: 30000 })
  const text = await row.first().innerText()
  assert.ok(text.includes(owner.name), `the row names who created it: ${text}`)
  await row.first().getByTestId('audit-only-record').click()
  await page.getByTestId('audit-record').waitFor()
  await page.waitForTimeout(500)
  const rows = page.locator('[data-testid="audit-row"]')
  const n = await rows.count()
  assert.ok(n >= 1, 'the record filter keeps its rows')
  for (let i = 0; i < n; i++) {
    assert.equal(await rows.nth(i).getAttribute('data-entity'), 'customer')
  }
  await shot(page, 'audit-trail')
  await row.first().getByRole('button', { name: '温州瓯江阀门有限公司' }).click()
  await page.waitForURL((u) => u.toString().includes(`/customers/${c.id}`), { timeout: 30000 })
})
