// Hostile import files: a GBK file from Excel on Chinese Windows is read as
// GBK and the wizard says how sure that is; a UTF-8 file with one stray
// byte, and one with a NUL byte, are refused with the line at fault instead
// of being imported as garbled text. Looked at in both languages. A save
// made while a long import holds the database waits, the window says so,
// and it lands when the import is done.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch, shot, signInAsOwner, call } from './harness.mjs'

const { browser, page } = await launch('zh-CN')
after(() => browser.close())

const dir = mkdtempSync(join(tmpdir(), 'steady-hostile-'))
const rows = ['客户名称,联系人,手机,城市', '杭州明远贸易有限公司,王伟,13911110001,杭州', '苏州恒信电子有限公司,李芳,13911110002,苏州', '成都蓉锦包装材料厂,朱镕基,13911110003,成都'].join('\r\n') + '\r\n'
const files = {}

async function language(lang) {
  await page.getByTestId(`language-${lang}`).click()
  await page.waitForFunction((l) => document.documentElement.lang === l, lang)
}

/** Opens the import wizard on path, as the native dialog would have given it. */
async function openImport(path) {
  await page.evaluate(() => (location.hash = '#/customers'))
  await page.getByTestId('customer-list').waitFor()
  await page.evaluate((f) => (location.hash = `#/customers/import?file=${encodeURIComponent(f)}`), path)
}

async function fileError() {
  const alert = page.getByTestId('customer-import-file-error')
  await alert.waitFor()
  return alert.innerText()
}

test('arrange: signed in as the owner, the files on disk', async () => {
  await signInAsOwner(page)
  await language('zh-CN')
  files.gbk = join(dir, 'gbk客户.csv')
  execFileSync('python3', ['-c', 'import sys; open(sys.argv[1], "wb").write(sys.argv[2].encode("gbk"))', files.gbk, rows])
  files.strayByte = join(dir, '坏字节.csv')
  writeFileSync(files.strayByte, Buffer.concat([Buffer.from(rows.slice(0, rows.indexOf('恒信')), 'utf8'), Buffer.from([0xb4]), Buffer.from(rows.slice(rows.indexOf('恒信')), 'utf8')]))
  files.nul = join(dir, '空字符.csv')
  writeFileSync(files.nul, rows.replace('蓉锦', '蓉\u0000锦'), 'utf8')
  files.big = join(dir, '大批客户.csv')
  const big = ['客户名称,手机,城市']
  for (let i = 0; i < 20000; i++) big.push(`批量贸易有限公司${i},139${String(i).padStart(8, '0')},杭州`)
  writeFileSync(files.big, big.join('\r\n') + '\r\n', 'utf8')
  for (const f of Object.values(files)) await call(page, 'System', 'RegisterTestPath', f) // e2e builds only
})

test('a GBK file is read as GBK, with how sure that is, and its names read right in the preview', async () => {
  await openImport(files.gbk)
  await page.getByTestId('customer-import-mapping').waitFor()
  const tag = await page.getByTestId('customer-import-encoding').innerText()
  assert.match(tag, /GBK \/ GB18030 · 识别把握 \d+%/)
  assert.match(await page.getByTestId('customer-import-total').innerText(), /3/)
  const preview = await page.locator('[data-testid="customer-import-preview-row"]').allInnerTexts()
  assert.ok(preview.some((r) => r.includes('成都蓉锦包装材料厂') && r.includes('朱镕基')), preview.join('\n'))
  await shot(page, 'customers-import-gbk-zh')
  await language('en')
  assert.match(await page.getByTestId('customer-import-encoding').innerText(), /GBK \/ GB18030 · \d+% sure/)
  await shot(page, 'customers-import-gbk-en')
  await language('zh-CN')
})

test('a UTF-8 file with one stray byte is refused with its line, not guessed as GBK', async () => {
  await openImport(files.strayByte)
  assert.match(await fileError(), /文件是 UTF-8 编码，但第 3 行有不属于 UTF-8 的字节/)
  await page.waitForTimeout(300)
  await shot(page, 'customers-import-stray-byte-zh')
  await language('en')
  await openImport(files.strayByte)
  assert.match(await fileError(), /The file is UTF-8, but line 3 holds bytes that are not/)
  await page.waitForTimeout(300)
  await shot(page, 'customers-import-stray-byte-en')
})

test('a NUL byte is refused with its line', async () => {
  await openImport(files.nul)
  assert.match(await fileError(), /Line 4 contains a NUL character/)
  await language('zh-CN')
  await openImport(files.nul)
  assert.match(await fileError(), /第 4 行含有空字符（NUL）/)
  const customers = await call(page, 'Customers', 'Search', '恒信', 10)
  assert.equal(customers.length, 0, 'nothing was imported from a refused file')
})

test('a save made during a long import waits, says so, and lands when the import is done', async () => {
  await openImport(files.big)
  await page.getByTestId('customer-import-mapping').waitFor()
  await page.getByTestId('customer-import-start').click()
  await page.getByTestId('customer-import-progress').waitFor()
  const saved = call(page, 'Customers', 'Create', {
    id: '', kind: 'company', name: '导入时新建的客户', ownerId: '', stage: '', source: '', industry: '', region: '', city: '杭州',
    country: '', address: '', phone: '0571-8888 0001', email: '', wechat: '', tags: [], notes: '', contacts: [], version: 0,
  })
  const busy = page.getByTestId('store-busy')
  await busy.waitFor({ timeout: 60000 })
  assert.match(await busy.innerText(), /正在等待另一项写入（例如一次导入）完成/)
  await shot(page, 'customers-import-save-waits-zh')
  await page.getByTestId('customer-import-report').waitFor({ timeout: 300000 })
  const created = await saved
  assert.equal(created.name, '导入时新建的客户')
  await busy.waitFor({ state: 'detached' })
  const found = await call(page, 'Customers', 'Search', '导入时新建', 5)
  assert.equal(found.length, 1)
})
