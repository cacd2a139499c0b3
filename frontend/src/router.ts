import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import DashboardView from './views/dashboard/DashboardView.vue'
import CustomersView from './views/customers/CustomersView.vue'
import SalesView from './views/sales/SalesView.vue'
import QuotesView from './views/quotes/QuotesView.vue'
import TrainingView from './views/training/TrainingView.vue'
import AppraisalView from './views/appraisal/AppraisalView.vue'
import ServiceView from './views/service/ServiceView.vue'
import SettingsView from './views/settings/SettingsView.vue'

export const SETTINGS_TABS = ['company', 'users', 'about'] as const
export type SettingsTab = (typeof SETTINGS_TABS)[number]

export const TRAINING_TABS = ['courses', 'plans', 'sessions', 'roleplays', 'matrix', 'profile'] as const
export type TrainingTab = (typeof TRAINING_TABS)[number]

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/dashboard' },
  { path: '/dashboard', name: 'dashboard', component: DashboardView, meta: { area: 'dashboard' } },
  // Sub-paths (e.g. "customers/new" from the native menu) land on the area too.
  {
    path: '/customers/:rest(.*)*',
    name: 'customers',
    component: CustomersView,
    meta: { area: 'customers' },
  },
  {
    path: '/sales/:rest(.*)*',
    name: 'sales',
    component: SalesView,
    meta: { area: 'sales' },
  },
  {
    path: '/quotes/:rest(.*)*',
    name: 'quotes',
    component: QuotesView,
    meta: { area: 'quotes' },
  },
  {
    path: '/training/:tab(courses|plans|sessions|roleplays|matrix|profile)?/:id?',
    name: 'training',
    component: TrainingView,
    meta: { area: 'training' },
  },
  { path: '/training/:rest(.*)*', redirect: '/training' },
  {
    path: '/appraisal/:rest(.*)*',
    name: 'appraisal',
    component: AppraisalView,
    meta: { area: 'appraisal' },
  },
  {
    path: '/service/:rest(.*)*',
    name: 'service',
    component: ServiceView,
    meta: { area: 'service' },
  },
  {
    path: '/settings/:tab(company|users|about)?',
    name: 'settings',
    component: SettingsView,
    meta: { area: 'settings' },
  },
  { path: '/:pathMatch(.*)*', redirect: '/dashboard' },
]

export const router = createRouter({
  history: createWebHashHistory(),
  routes,
})
