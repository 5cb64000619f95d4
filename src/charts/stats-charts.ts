import type { CampaignStats } from '../stats/index.ts';
import { formatDays, formatRate } from '../stats/figure.ts';
import { barChart, type BarChartOptions } from './bar-chart.ts';
import { columnChart, type ColumnChartOptions } from './column-chart.ts';
import type { Chart } from './svg.ts';

/** The charts of `/stats/`, each with its words and its table. */
export interface StatsCharts {
  funnel: Chart;
  perMonth: Chart;
  perWeek: Chart;
  cumulative: Chart;
  timeInStage: Chart;
  responseByFamily: Chart;
}

/** Each period's value replaced by the sum up to and including it. */
function runningTotal<T extends { value: number }>(columns: T[]): T[] {
  let sum = 0;
  return columns.map((c) => ({ ...c, value: (sum += c.value) }));
}

const fewNote = (n: number) => (n < 5 ? `Few data: from ${n} ${n === 1 ? 'application' : 'applications'}.` : undefined);

/** A chart in both layouts: the wide drawing, with the phone's beside it (its ids suffixed, so both can be on the page). */
function responsiveBars(opts: BarChartOptions): Chart {
  return { ...barChart(opts), svgNarrow: barChart({ ...opts, id: `${opts.id}-narrow`, size: 'narrow' }).svg };
}
function responsiveColumns(opts: ColumnChartOptions): Chart {
  return { ...columnChart(opts), svgNarrow: columnChart({ ...opts, id: `${opts.id}-narrow`, size: 'narrow' }).svg };
}

export function statsCharts(stats: CampaignStats, stageLabel: (key: string) => string): StatsCharts {
  const sent = stats.rates.sent;
  return {
    funnel: responsiveBars({
      id: 'chart-funnel',
      title: 'Funnel: applications that got at least this far',
      labelHeader: 'Stage',
      valueLabel: 'Applications (share of sent)',
      bars:
        sent === 0
          ? []
          : stats.funnel.map((s) => ({
              label: stageLabel(s.key),
              value: s.count,
              text: `${s.count} (${formatRate(s.ofSent)})`,
              few: s.ofSent.few,
            })),
      max: sent,
      note: fewNote(sent),
    }),
    perMonth: responsiveColumns({
      id: 'chart-months',
      title: 'Applications sent per month',
      periodHeader: 'Month',
      valueLabel: 'Applications',
      columns: stats.perMonth.periods.map((p) => ({ key: p.key, label: p.label, value: p.count })),
      shape: 'bars',
    }),
    perWeek: responsiveColumns({
      id: 'chart-weeks',
      title: 'Applications sent per week',
      periodHeader: 'Week',
      valueLabel: 'Applications',
      columns: stats.perWeek.periods.map((p) => ({ key: p.key, label: p.label, value: p.count })),
      shape: 'bars',
      tableChangesOnly: true,
    }),
    cumulative: responsiveColumns({
      id: 'chart-cumulative',
      title: 'Applications sent so far, week by week',
      periodHeader: 'Week',
      valueLabel: 'Applications sent by the end of the week',
      columns: runningTotal(stats.perWeek.periods.map((p) => ({ key: p.key, label: p.label, value: p.count }))),
      shape: 'line',
      total: 'last',
      tableChangesOnly: true,
    }),
    timeInStage: responsiveBars({
      id: 'chart-stage-time',
      title: 'Median days in each stage before the next step',
      labelHeader: 'Stage',
      valueLabel: 'Median days (finished stays)',
      bars: stats.timeInStage.map((t) => ({
        label: stageLabel(t.stage),
        value: t.days.value ?? 0,
        text: `${formatDays(t.days)} (n = ${t.days.n})`,
        few: t.days.few,
      })),
      note: stats.timeInStage.some((t) => t.days.few) ? 'Fainter bars rest on fewer than 5 stays.' : undefined,
    }),
    responseByFamily: responsiveBars({
      id: 'chart-family-response',
      title: 'Response rate by role family',
      labelHeader: 'Role family',
      valueLabel: 'Answered (share of sent)',
      bars: stats.byRoleFamily.map((r) => ({
        label: r.name,
        value: r.response.value ?? 0,
        text: `${formatRate(r.response)} of ${r.sent}`,
        few: r.few,
      })),
      max: 1,
      note: stats.byRoleFamily.some((r) => r.few) ? 'Fainter bars rest on fewer than 5 applications.' : undefined,
    }),
  };
}
