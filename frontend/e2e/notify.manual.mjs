// A check of desktop notifications on Linux, run by .ci/notify-check.sh (not
// by make test: it needs a D-Bus session with a notification server). The
// owner signs in and the app's own Inbox.Notify sends a notice; the script
// then finds it on the session bus.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { launch, signInAsOwner, call } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

test('the app sends a desktop notification through the desktop\'s notification server', async () => {
  await signInAsOwner(page)
  const shown = await call(page, 'Inbox', 'Notify', 'steady-notify-check', '有报价等待你审批', 'QT-20261208-CHECK-001 · 绍兴柯桥锦程纺织有限公司')
  assert.equal(shown, true, 'Inbox.Notify reports the notification was not sent')
})
