import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n, setI18nLanguage } from '../../../i18n'
import type { ImportPreview } from '../../../api/customerFiles'
import ImportFileInfo from './ImportFileInfo.vue'

function tag(encoding: string, confidence: number, lang: 'zh-CN' | 'en'): string {
  setI18nLanguage(lang)
  const preview = { format: 'csv', encoding, confidence, sheet: '', total: 3 } as unknown as ImportPreview
  const w = mount(ImportFileInfo, { props: { path: '/tmp/客户.csv', preview }, global: { plugins: [i18n] } })
  const text = w.find('[data-testid="customer-import-encoding"]').text()
  w.unmount()
  return text
}

afterEach(() => setI18nLanguage('zh-CN'))

describe('ImportFileInfo', () => {
  it('says how sure a GBK reading is, in both languages', () => {
    expect(tag('gb18030', 97, 'zh-CN')).toBe('GBK / GB18030 · 识别把握 97%')
    expect(tag('gb18030', 97, 'en')).toBe('GBK / GB18030 · 97% sure')
  })

  it('names a certain encoding alone', () => {
    expect(tag('utf-8', 100, 'en')).toBe('UTF-8')
    expect(tag('utf-8-bom', 100, 'zh-CN')).toBe('UTF-8（带 BOM）')
  })
})
