import { describe, expect, it } from 'vitest'
import zhCN from './zh-CN.json'
import en from './en.json'

type Tree = { [key: string]: string | Tree }

/** Every leaf key as a dotted path. */
export function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : leafKeys(v, `${prefix}${k}.`),
  )
}

function leaf(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** The names a message fills in, once each (plural forms repeat them). */
function placeholders(msg: string): string[] {
  return [...new Set([...msg.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()
}

/** Codes the Go side sends (api contract); each must be translated in both files. */
const BACKEND_CODES = [
  'validation.required',
  'validation.tooLong',
  'validation.tooShort',
  'validation.invalidCurrency',
  'validation.invalidTimezone',
  'validation.rateRange',
  'validation.logoType',
  'validation.logoTooLarge',
  'validation.invalidPhone',
  'validation.invalidEmail',
  'validation.invalidDate',
  'validation.loginTaken',
  'validation.loginFormat',
  'validation.invalidRole',
  'validation.invalidLevel',
  'validation.invalidManager',
  'validation.prefixFormat',
  'validation.passwordTooShort',
  'auth.badCredentials',
  'auth.inactive',
  'errors.validation',
  'errors.internal',
  'errors.unauthenticated',
  'errors.notFound.user',
  'errors.notFound.company',
  'errors.conflict.user',
  'errors.conflict.company',
  'errors.forbidden.ownerOnly',
  'errors.forbidden.lastOwner',
  'errors.forbidden.notYourTeam',
  'startup.schemaTooNew',
  'startup.damaged',
  'startup.notSteady',
  'startup.openFailed',
]

const PARAMS: Record<string, string[]> = {
  'validation.tooLong': ['max'],
  'validation.tooShort': ['min'],
  'validation.rateRange': ['max', 'min'],
  'validation.logoTooLarge': ['maxKB'],
  'validation.passwordTooShort': ['min'],
}

const files: [string, Tree][] = [
  ['zh-CN', zhCN as Tree],
  ['en', en as Tree],
]

describe('locale files', () => {
  it('have exactly the same keys', () => {
    const zhKeys = new Set(leafKeys(zhCN as Tree))
    const enKeys = new Set(leafKeys(en as Tree))
    expect([...zhKeys].filter((k) => !enKeys.has(k)), 'in zh-CN.json only').toEqual([])
    expect([...enKeys].filter((k) => !zhKeys.has(k)), 'in en.json only').toEqual([])
  })

  it('use the same placeholders for each key', () => {
    const mismatched = leafKeys(zhCN as Tree).filter((k) => {
      const other = leaf(en as Tree, k)
      return other !== undefined && placeholders(leaf(zhCN as Tree, k)!).join() !== placeholders(other).join()
    })
    expect(mismatched).toEqual([])
  })

  it.each(files)('%s has no empty messages', (_, tree) => {
    expect(leafKeys(tree).filter((k) => leaf(tree, k)!.trim() === '')).toEqual([])
  })

  it.each(files)('%s translates every backend code with its parameters', (_, tree) => {
    for (const code of BACKEND_CODES) {
      const msg = leaf(tree, code)
      expect(msg, code).toBeTypeOf('string')
      expect(placeholders(msg!), code).toEqual(PARAMS[code] ?? [])
    }
  })
})

describe('leafKeys', () => {
  it('notices a key that only one side has', () => {
    const a = leafKeys({ x: { y: 'a', z: 'b' } })
    const b = leafKeys({ x: { y: 'a' } })
    expect(a).toEqual(['x.y', 'x.z'])
    expect(a).not.toEqual(b)
  })
})
