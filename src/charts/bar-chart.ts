import { scaleBand, scaleLinear } from 'd3-scale';
import { maxOf } from '../lib/math.ts';
import { clip, escapeXml, n, svgRoot, type Chart, type ChartSize } from './svg.ts';

export interface Bar {
  label: string;
  value: number;
  /** Shown at the end of the bar instead of the value, e.g. "4 (67%)". */
  text?: string;
  /** Drawn lighter: the figure rests on fewer than 5 applications. */
  few?: boolean;
}

export interface BarChartOptions {
  id: string;
  title: string;
  /** What the numbers are, for the table header: "Applications". */
  valueLabel: string;
  /** The header of the label column: "Stage". */
  labelHeader: string;
  bars: readonly Bar[];
  /** The value the axis runs to; the largest bar when absent. */
  max?: number;
  /** Added to the description: what is few, what is missing. */
  note?: string;
  /** The layout: wide (the default) for a desktop and print, narrow for a phone. */
  size?: ChartSize;
}

/** Per layout: the drawing's width, the label column, the room right of the longest bar for its value, and how many characters of a label fit. */
const LAYOUT = {
  wide: { width: 960, label: 210, right: 170, clip: 28 },
  narrow: { width: 400, label: 118, right: 112, clip: 15 },
} as const;
const ROW = 30;
const PAD = { top: 8, bottom: 8 };

/**
 * Horizontal bars, one per row, labelled on the left and valued on the
 * right: a funnel, time in stage, shares per role family.
 */
export function barChart(opts: BarChartOptions): Chart {
  const { bars } = opts;
  const { width, label: labelWidth, right, clip: clipAt } = LAYOUT[opts.size ?? 'wide'];
  const height = PAD.top + PAD.bottom + Math.max(1, bars.length) * ROW;
  const max =
    opts.max ??
    maxOf(
      bars.map((b) => b.value),
      0,
    );
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([labelWidth, width - right]);
  const y = scaleBand()
    .domain(bars.map((_, i) => String(i)))
    .range([PAD.top, height - PAD.bottom])
    .padding(0.25);
  const rows = bars.map((b, i) => {
    const top = y(String(i)) ?? 0;
    const mid = top + y.bandwidth() / 2;
    const w = Math.max(0, x(b.value) - labelWidth);
    return (
      `<g class="chart-row${b.few ? ' few' : ''}">` +
      `<text class="chart-label" x="${labelWidth - 8}" y="${n(mid)}" text-anchor="end" dominant-baseline="middle" fill="currentColor">${escapeXml(clip(b.label, clipAt))}</text>` +
      `<rect class="chart-bar" x="${labelWidth}" y="${n(top)}" width="${n(w)}" height="${n(y.bandwidth())}" fill="currentColor"/>` +
      `<text class="chart-value" x="${n(labelWidth + w + 6)}" y="${n(mid)}" dominant-baseline="middle" fill="currentColor">${escapeXml(b.text ?? String(b.value))}</text>` +
      `</g>`
    );
  });
  const axis = `<line class="chart-axis" x1="${labelWidth}" x2="${labelWidth}" y1="${PAD.top}" y2="${height - PAD.bottom}" stroke="currentColor"/>`;
  const summary =
    bars.length === 0
      ? `${opts.title}: no data yet.`
      : `${opts.title}: ${bars.map((b) => `${b.label} ${b.text ?? b.value}`).join('; ')}.${opts.note ? ` ${opts.note}` : ''}`;
  return {
    svg: svgRoot({ id: opts.id, width, height, title: opts.title, desc: summary, body: axis + rows.join('') }),
    table: {
      caption: opts.title,
      headers: [opts.labelHeader, opts.valueLabel],
      rows: bars.map((b) => [b.label, b.text ?? String(b.value)]),
    },
    summary,
    empty: bars.length === 0,
  };
}
