import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import DashboardView from './views/dashboard/DashboardView.vue'
import CustomersView from './views/customers/CustomersView.vue'
import CustomerList from './views/customers/CustomerList.vue'
import CustomerPage from './views/customers/CustomerPage.vue'
import TodayPane from './views/customers/TodayPane.vue'
import PoolPane from './views/customers/PoolPane.vue'
import RulesPane from './views/customers/RulesPane.vue'
import ImportWizard from './views/customers/io/ImportWizard.vue'
import DuplicatesPane from './views/customers/io/DuplicatesPane.vue'
import SalesView from './views/sales/SalesView.vue'
import BoardPane from './views/sales/BoardPane.vue'
import DealList from './views/sales/DealList.vue'
import TasksPane from './views/sales/TasksPane.vue'
import DealPage from './views/sales/DealPage.vue'
import ReportsPane from './views/sales/reports/ReportsPane.vue'
import SetupPane from './views/sales/setup/SetupPane.vue'
import QuotesView from './views/quotes/QuotesView.vue'
import QuoteList from './views/quotes/QuoteList.vue'
import QuoteBuilder from './views/quotes/QuoteBuilder.vue'
import QuoteDetail from './views/quotes/QuoteDetail.vue'
import CatalogPane from './views/quotes/catalog/CatalogPane.vue'
import PriceListsPane from './views/quotes/catalog/PriceListsPane.vue'
import TermsPane from './views/quotes/TermsPane.vue'
import LimitsPane from './views/quotes/LimitsPane.vue'
import TrainingView from './views/training/TrainingView.vue'
import AppraisalView from './views/appraisal/AppraisalView.vue'
import ServiceView from './views/service/ServiceView.vue'
import SettingsView from './views/settings/SettingsView.vue'
import InboxView from './views/inbox/InboxView.vue'

export const SETTINGS_TABS = ['company', 'users', 'rates', 'audit', 'backups', 'about'] as const
export type SettingsTab = (typeof SETTINGS_TABS)[number]

export const TRAINING_TABS = ['courses', 'plans', 'sessions', 'roleplays', 'matrix', 'profile'] as const
export type TrainingTab = (typeof TRAINING_TABS)[number]

export const APPRAISAL_TABS = ['list', 'targets', 'templates', 'mine'] as const
export type AppraisalTab = (typeof APPRAISAL_TABS)[number]

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/dashboard' },
  { path: '/dashboard', name: 'dashboard', component: DashboardView, meta: { area: 'dashboard' } },
  { path: '/inbox', name: 'inbox', component: InboxView, meta: { area: 'inbox' } },
  {
    path: '/customers',
    component: CustomersView,
    meta: { area: 'customers' },
    children: [
      { path: '', name: 'customers', component: CustomerList, meta: { customersTab: 'list' } },
      // "customers/new" from the native menu: the list with the create drawer open.
      { path: 'new', name: 'customer-new', component: CustomerList, meta: { customersTab: 'list' } },
      { path: 'today', name: 'customer-today', component: TodayPane, meta: { customersTab: 'today' } },
      { path: 'pool', name: 'customer-pool', component: PoolPane, meta: { customersTab: 'pool' } },
      { path: 'rules', name: 'customer-rules', component: RulesPane, meta: { customersTab: 'rules' } },
      { path: 'duplicates', name: 'customer-duplicates', component: DuplicatesPane, meta: { customersTab: 'duplicates' } },
      // ?file=PATH starts the wizard with that file.
      { path: 'import', name: 'customer-import', component: ImportWizard },
      { path: ':id', name: 'customer-detail', component: CustomerPage },
      { path: ':rest(.*)*', redirect: '/customers' },
    ],
  },
  {
    path: '/sales',
    component: SalesView,
    meta: { area: 'sales' },
    children: [
      { path: '', name: 'sales', component: BoardPane, meta: { salesTab: 'board' } },
      { path: 'list', name: 'sales-list', component: DealList, meta: { salesTab: 'list' } },
      { path: 'tasks', name: 'sales-tasks', component: TasksPane, meta: { salesTab: 'tasks' } },
      { path: 'reports', name: 'sales-reports', component: ReportsPane, meta: { salesTab: 'reports' } },
      { path: 'setup', name: 'sales-setup', component: SetupPane, meta: { salesTab: 'setup' } },
      { path: 'deals/:id', name: 'deal-detail', component: DealPage },
      { path: ':rest(.*)*', redirect: '/sales' },
    ],
  },
  {
    path: '/quotes',
    component: QuotesView,
    meta: { area: 'quotes' },
    children: [
      { path: '', name: 'quotes', component: QuoteList, meta: { quotesTab: 'list' } },
      { path: 'new', name: 'quote-new', component: QuoteBuilder },
      { path: 'catalog', name: 'quote-catalog', component: CatalogPane, meta: { quotesTab: 'catalog' } },
      { path: 'price-lists', name: 'quote-price-lists', component: PriceListsPane, meta: { quotesTab: 'price-lists' } },
      { path: 'terms', name: 'quote-terms', component: TermsPane, meta: { quotesTab: 'terms' } },
      { path: 'limits', name: 'quote-limits', component: LimitsPane, meta: { quotesTab: 'limits' } },
      { path: ':id', name: 'quote-detail', component: QuoteDetail },
      { path: ':id/edit', name: 'quote-edit', component: QuoteBuilder },
      { path: ':rest(.*)*', redirect: '/quotes' },
    ],
  },
  {
    path: '/training/:tab(courses|plans|sessions|roleplays|matrix|profile)?/:id?',
    name: 'training',
    component: TrainingView,
    meta: { area: 'training' },
  },
  { path: '/training/:rest(.*)*', redirect: '/training' },
  {
    path: '/appraisal/:tab(list|targets|templates|mine)?',
    name: 'appraisal',
    component: AppraisalView,
    meta: { area: 'appraisal' },
  },
  { path: '/appraisal/:rest(.*)*', redirect: '/appraisal' },
  {
    path: '/service/:rest(.*)*',
    name: 'service',
    component: ServiceView,
    meta: { area: 'service' },
  },
  {
    path: '/settings/:tab(company|users|rates|audit|backups|about)?',
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
