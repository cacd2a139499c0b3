// A time zone as people name it: "中国标准时间 (上海)" / "China Standard Time
// (Shanghai)", not "Asia/Shanghai". The zone's generic name comes from the
// runtime (Intl, 'longGeneric'); the city is the IANA id's last part, in
// Chinese from the table below for the zones the picker offers (the runtime
// has no city names). The id itself stays in the tooltip.

const ZH_CITIES: Record<string, string> = {
  Shanghai: '上海', Hong_Kong: '香港', Macau: '澳门', Taipei: '台北', Urumqi: '乌鲁木齐',
  Singapore: '新加坡', Kuala_Lumpur: '吉隆坡', Bangkok: '曼谷', Ho_Chi_Minh: '胡志明市', Jakarta: '雅加达',
  Manila: '马尼拉', Tokyo: '东京', Seoul: '首尔', Kolkata: '加尔各答', Dubai: '迪拜', Riyadh: '利雅得',
  London: '伦敦', Paris: '巴黎', Berlin: '柏林', Madrid: '马德里', Rome: '罗马', Amsterdam: '阿姆斯特丹',
  Moscow: '莫斯科', Istanbul: '伊斯坦布尔', Cairo: '开罗', Johannesburg: '约翰内斯堡', Lagos: '拉各斯',
  New_York: '纽约', Chicago: '芝加哥', Denver: '丹佛', Los_Angeles: '洛杉矶', Toronto: '多伦多',
  Vancouver: '温哥华', Mexico_City: '墨西哥城', Sao_Paulo: '圣保罗', Buenos_Aires: '布宜诺斯艾利斯',
  Sydney: '悉尼', Melbourne: '墨尔本', Perth: '珀斯', Auckland: '奥克兰',
}

const ZH_UTC = '协调世界时'
const EN_UTC = 'Coordinated Universal Time'

function part(id: string, language: string, style: 'longGeneric' | 'shortOffset'): string {
  try {
    const parts = new Intl.DateTimeFormat(language, { timeZone: id, timeZoneName: style }).formatToParts(new Date())
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? ''
  } catch {
    return '' // a zone this runtime does not know
  }
}

function city(id: string, language: string): string {
  const last = id.slice(id.lastIndexOf('/') + 1)
  return (language.startsWith('zh') ? ZH_CITIES[last] : undefined) ?? last.replace(/_/g, ' ')
}

/** The zone's name in the person's language; the bare id when the runtime cannot name it. */
export function zoneLabel(id: string, language: string): string {
  const zh = language.startsWith('zh')
  if (id === 'UTC' || id === 'Etc/UTC') return `${zh ? ZH_UTC : EN_UTC} (UTC)`
  const generic = part(id, language, 'longGeneric')
  // Without a name of its own, the runtime answers with an offset ("GMT+05:00"), or in Chinese
  // with a Latin city ("Urumqi时间" in some ICU builds): the city and its offset say more.
  if (!generic || /^(GMT|UTC)([+-]|$)/.test(generic) || (zh && /[A-Za-z]{3,}/.test(generic))) {
    const offset = part(id, language, 'shortOffset')
    return offset ? `${city(id, language)} (${offset})` : id
  }
  return `${generic} (${city(id, language)})`
}

/** Whether a typed filter finds the zone: its name in the language shown, or its id ("shanghai", "上海"). */
export function zoneMatches(pattern: string, label: string, id: string): boolean {
  const p = pattern.trim().toLowerCase()
  if (!p) return true
  return label.toLowerCase().includes(p) || id.toLowerCase().replace(/_/g, ' ').includes(p.replace(/_/g, ' '))
}
