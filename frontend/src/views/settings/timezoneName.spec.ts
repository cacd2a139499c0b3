import { describe, expect, it } from 'vitest'
import { zoneLabel, zoneMatches } from './timezoneName'

describe('a time zone by name', () => {
  it('names the zone and its city in the language shown, never the bare id', () => {
    expect(zoneLabel('Asia/Shanghai', 'zh-CN')).toBe('中国标准时间 (上海)')
    expect(zoneLabel('Asia/Shanghai', 'en')).toBe('China Standard Time (Shanghai)')
    expect(zoneLabel('America/New_York', 'zh-CN')).toBe('北美东部时间 (纽约)')
    expect(zoneLabel('America/Los_Angeles', 'en')).toBe('Pacific Time (Los Angeles)')
    expect(zoneLabel('UTC', 'zh-CN')).toBe('协调世界时 (UTC)')
  })

  it('tells apart zones that share a name by their city', () => {
    expect(zoneLabel('Europe/Paris', 'zh-CN')).not.toBe(zoneLabel('Europe/Berlin', 'zh-CN'))
  })

  it('names every zone the picker offers in Chinese, with a Chinese city', async () => {
    const picker = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'Asia/Urumqi', 'Asia/Singapore', 'Asia/Kuala_Lumpur',
      'Asia/Bangkok', 'Asia/Ho_Chi_Minh', 'Asia/Jakarta', 'Asia/Manila', 'Asia/Tokyo', 'Asia/Seoul', 'Asia/Kolkata', 'Asia/Dubai',
      'Asia/Riyadh', 'Europe/London', 'Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Rome', 'Europe/Amsterdam',
      'Europe/Moscow', 'Europe/Istanbul', 'Africa/Cairo', 'Africa/Johannesburg', 'Africa/Lagos', 'America/New_York',
      'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City',
      'America/Sao_Paulo', 'America/Buenos_Aires', 'Australia/Sydney', 'Australia/Melbourne', 'Australia/Perth', 'Pacific/Auckland']
    for (const z of picker) {
      const label = zoneLabel(z, 'zh-CN')
      expect(label, z).not.toMatch(/[A-Za-z_]{3,}/)
      expect(label, z).toMatch(/[\u4e00-\u9fff]+.*\([\u4e00-\u9fff]+\)$/)
    }
  })

  it('keeps an unknown zone as its id rather than failing', () => {
    expect(zoneLabel('Mars/Olympus_Mons', 'en')).toBe('Mars/Olympus_Mons')
  })

  it('finds a zone by its name or its id', () => {
    const label = zoneLabel('Asia/Shanghai', 'zh-CN')
    expect(zoneMatches('上海', label, 'Asia/Shanghai')).toBe(true)
    expect(zoneMatches('shanghai', label, 'Asia/Shanghai')).toBe(true)
    expect(zoneMatches('new york', zoneLabel('America/New_York', 'zh-CN'), 'America/New_York')).toBe(true)
    expect(zoneMatches('东京', label, 'Asia/Shanghai')).toBe(false)
  })
})
