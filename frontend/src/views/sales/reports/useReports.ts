import { computed, reactive, ref, watch } from 'vue'
import * as api from '../../../api/sales'
import type { Compliance, Funnel, Pipeline, ReportQuery, Trend } from '../../../api/sales'
import { toAppError } from '../../../api/errors'
import { useErrorReporter } from '../../../composables/useErrorReporter'
import { useFieldErrors } from '../../../composables/useFieldErrors'
import { isoDay, monthOfDay, presetPeriod } from './period'
import { scopeFilter } from './scope'

/** How many whole months of history the trend shows. */
export const TREND_MONTHS = 12

/**
 * The reports tab's state: the period and the people chosen, and the figures
 * the backend returned for them. A new choice reloads what depends on it;
 * a bad period shows its field errors instead of a message.
 */
export function useReports() {
  const { report } = useErrorReporter()
  const fe = useFieldErrors()
  const period = reactive(presetPeriod('thisYear', new Date()))
  const scope = ref('')
  const month = ref(monthOfDay(isoDay(new Date())))

  const funnel = ref<Funnel | null>(null)
  const pipeline = ref<Pipeline | null>(null)
  const trend = ref<Trend | null>(null)
  const compliance = ref<Compliance[] | null>(null)
  const filter = computed(() => scopeFilter(scope.value))

  async function loadFunnel(): Promise<void> {
    fe.clear()
    try {
      funnel.value = await api.funnel({ ...filter.value, from: period.from, to: period.to })
    } catch (e) {
      const err = toAppError(e)
      if (err.isValidation && Object.keys(err.fields).length > 0) fe.set(err.fields)
      else report(err)
    }
  }

  /** Loads one figure; a failure is reported and leaves the last figures shown. */
  async function into<T>(target: { value: T | null }, load: () => Promise<T>): Promise<void> {
    try {
      target.value = await load()
    } catch (e) {
      report(e)
    }
  }

  const loadPipeline = () => into(pipeline, () => api.pipeline(filter.value))
  const loadTrend = () => into(trend, () => api.trend(filter.value, TREND_MONTHS))
  const loadCompliance = () => into(compliance, () => api.teamCompliance(filter.value, month.value))

  function loadAll(): Promise<unknown> {
    return Promise.all([loadFunnel(), loadPipeline(), loadTrend(), loadCompliance()])
  }

  watch(() => [period.from, period.to], loadFunnel)
  watch(month, loadCompliance)
  watch(scope, loadAll)

  /** What an export of one table ("" for all) covers: exactly what is on screen. */
  function query(table: string): ReportQuery {
    return { ...filter.value, from: period.from, to: period.to, month: month.value, trendMonths: TREND_MONTHS, table }
  }

  return { period, scope, month, funnel, pipeline, trend, compliance, fe, loadAll, query }
}
