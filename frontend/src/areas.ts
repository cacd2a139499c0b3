import type { Component } from 'vue'
import {
  DocumentTextOutline,
  FileTrayFullOutline,
  HeadsetOutline,
  HomeOutline,
  PeopleOutline,
  RibbonOutline,
  SchoolOutline,
  SettingsOutline,
  TrendingUpOutline,
} from '@vicons/ionicons5'

export type AreaKey =
  | 'dashboard'
  | 'inbox'
  | 'customers'
  | 'sales'
  | 'quotes'
  | 'training'
  | 'appraisal'
  | 'service'
  | 'settings'

export interface Area {
  key: AreaKey
  icon: Component
}

/** Sidebar order; the i18n label is nav.<key>, the route is /<key>. */
export const AREAS: readonly Area[] = [
  { key: 'dashboard', icon: HomeOutline },
  { key: 'inbox', icon: FileTrayFullOutline }, // label and badge: views/inbox/navEntry.ts
  { key: 'customers', icon: PeopleOutline },
  { key: 'sales', icon: TrendingUpOutline },
  { key: 'quotes', icon: DocumentTextOutline },
  { key: 'training', icon: SchoolOutline },
  { key: 'appraisal', icon: RibbonOutline },
  { key: 'service', icon: HeadsetOutline },
  { key: 'settings', icon: SettingsOutline },
]
