import { afterEach, describe, expect, it, vi } from 'vitest'
import { reactive, ref } from 'vue'
import { useCompanyChoices } from './useCompanyChoices'

type GoWindow = Window & { go?: unknown }

describe('useCompanyChoices', () => {
  afterEach(() => {
    delete (window as GoWindow).go
  })

  it("offers the company's own values before the lists load", () => {
    const form = reactive({ currency: 'CNY', timezone: 'Asia/Shanghai' })
    const { currencyOptions, timezoneOptions } = useCompanyChoices(form, () => 'en')
    expect(currencyOptions.value).toEqual([{ value: 'CNY', label: 'CNY · Chinese Yuan' }])
    expect(timezoneOptions.value).toEqual([{ value: 'Asia/Shanghai', label: 'China Standard Time (Shanghai)' }])
    form.currency = ''
    form.timezone = ''
    expect(currencyOptions.value).toEqual([])
    expect(timezoneOptions.value).toEqual([])
  })

  it('names currencies in the chosen language once the lists are there', async () => {
    ;(window as GoWindow).go = {
      app: {
        Company: {
          Currencies: vi.fn(() => Promise.resolve(['CNY', 'USD', 'XTS'])),
          Timezones: vi.fn(() => Promise.resolve(['Asia/Shanghai', 'UTC'])),
        },
      },
    }
    const language = ref('zh-CN')
    const { load, currencyOptions, timezoneOptions } = useCompanyChoices({ currency: 'CNY', timezone: '' }, () => language.value)
    await load()
    expect(currencyOptions.value.map((o) => o.value)).toEqual(['CNY', 'USD', 'XTS'])
    expect(currencyOptions.value[0].label).toBe('CNY · 人民币')
    language.value = 'en'
    expect(currencyOptions.value[1].label).toBe('USD · US Dollar')
    expect(timezoneOptions.value.map((o) => o.value)).toEqual(['Asia/Shanghai', 'UTC'])
    expect(timezoneOptions.value.map((o) => o.label)).toEqual(['China Standard Time (Shanghai)', 'Coordinated Universal Time (UTC)'])
    language.value = 'zh-CN'
    expect(timezoneOptions.value.map((o) => o.label)).toEqual(['中国标准时间 (上海)', '协调世界时 (UTC)'])
  })

  it('passes a refused list on to the caller', async () => {
    ;(window as GoWindow).go = {
      app: { Company: { Currencies: vi.fn(() => Promise.reject('{"kind":"internal","code":"errors.internal"}')), Timezones: vi.fn(() => Promise.resolve([])) } },
    }
    const { load } = useCompanyChoices({ currency: '', timezone: '' }, () => 'en')
    await expect(load()).rejects.toMatchObject({ kind: 'internal' })
  })
})
