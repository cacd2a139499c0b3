// Typed adapter over the global search binding.
import * as Search from '../../wailsjs/go/app/Search'
import type { search } from '../../wailsjs/go/models'
import { call } from './errors'

export type Hit = search.Hit
export type Results = search.Results
export type HitKind = 'customer' | 'contact' | 'deal' | 'quote' | 'product'

export const find = (query: string): Promise<Results> => call(() => Search.Find(query))
