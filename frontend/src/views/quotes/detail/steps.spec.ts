import { describe, expect, it } from 'vitest'
import en from '../../../locales/en.json'
import zh from '../../../locales/zh-CN.json'
import { STEP_ACTIONS, stepLabelKey } from './steps'

describe('quote history steps', () => {
  it('labels every step the backend writes, in both languages', () => {
    for (const action of [...STEP_ACTIONS, 'somethingNew']) {
      const [, , leaf] = stepLabelKey(action).split('.')
      expect((en.quotes.steps as Record<string, string>)[leaf], action).toBeTruthy()
      expect((zh.quotes.steps as Record<string, string>)[leaf], action).toBeTruthy()
    }
  })
  it('never shows a raw action name', () => {
    expect(stepLabelKey('somethingNew')).toBe('quotes.steps.other')
    expect(stepLabelKey('approve')).toBe('quotes.steps.approve')
  })
})
