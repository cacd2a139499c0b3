// Writes N customers as a CSV in the shape of a Chinese CRM's export (客户名称,
// 负责人, …), for the UI benchmark's large database: `steady customers import`
// then loads them through the app's own import (names, pinyin, search index,
// owners). Deterministic: the same N and seed give the same file.
// usage: node bench/customers-csv.mjs N SEED OWNERS(comma-separated logins, '' = the pool) > file.csv
const [n, seed, owners] = [Number(process.argv[2]), Number(process.argv[3] ?? 1), (process.argv[4] ?? '').split(',')]
let s = seed >>> 0 || 1
const rnd = (k) => {
  s = (Math.imul(s, 1664525) + 1013904223) >>> 0
  return s % k
}
const pick = (a) => a[rnd(a.length)]
const cities = ['杭州', '苏州', '上海', '成都', '广州', '北京', '武汉', '西安', '宁波', '南京', '重庆', '深圳']
const words = ['明远', '恒信', '蓉锦', '粤海', '华创', '博达', '启航', '新锐', '嘉禾', '瑞丰', '金桥', '天成', '鼎盛', '宏图', '志诚']
const trades = ['智能科技', '工业设备', '办公用品', '包装材料', '电子', '物流', '贸易', '建材', '医疗器械', '教育咨询']
const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴']
const given = ['伟', '芳', '娜', '强', '静', '敏', '磊', '洋', '艳', '军']
const stages = ['线索', '潜在客户', '意向客户', '成交客户'] // the stages a new customer may start in
const sources = ['展会', '转介绍', '官网', '电话营销', '老客户']
const out = ['客户名称,负责人,联系人,职位,手机,城市,来源,行业,客户阶段,标签']
for (let i = 0; i < n; i++) {
  const city = pick(cities)
  // Every twentieth name is long, as real company names are (the lists cut them).
  const long = i % 20 === 0 ? `（${pick(cities)}${pick(trades)}事业部华东区域总部）` : ''
  const name = `${city}${pick(words)}${pick(trades)}有限公司${seed}-${i}${long}`
  const mobile = `1${3 + rnd(7)}${String(seed % 10)}${String(i).padStart(8, '0')}`
  out.push([name, pick(owners), pick(surnames) + pick(given), '采购经理', mobile, city, pick(sources), '制造业', pick(stages), pick(['重点', '展会线索', '老客户'])].join(','))
}
process.stdout.write(out.join('\n') + '\n')
