// The parts of ECharts the app draws with, registered once (tree-shaken:
// importing "echarts" whole would add the map, 3D and every other chart).
import { use, type ComposeOption } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { BarChart, FunnelChart, LineChart, type BarSeriesOption, type FunnelSeriesOption, type LineSeriesOption } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkAreaComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'

use([CanvasRenderer, BarChart, FunnelChart, LineChart, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent])

/** The options the registered parts understand. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | FunnelSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | TooltipComponentOption
>
