import { scaleBand, scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { maxOf } from '../lib/math.ts';
import { escapeXml, n, svgRoot, type Chart, type ChartSize } from './svg.ts';

export interface Column {
  /** Axis label: "Oct 2024". */
  label: string;
  /** Key for the table: "2024-10". */
  key: string;
  value: number;
}

export interface ColumnChartOptions {
  id: string;
  title: string;
  valueLabel: string;
  periodHeader: string;
  columns: readonly Column[];
  /** `bars` for months, `line` for the many weeks. */
  shape: 'bars' | 'line';
  /** `sum` (the default) when the values add up to a total; `last` for a running total, whose last value is the total. */
  total?: 'sum' | 'last';
  /**
   * Only the periods where something happened go in the data table (a count
   * above zero, or a running total that grew); the caption says so. Keeps a
   * two-year weekly table from running to pages on paper.
   */
  tableChangesOnly?: boolean;
  note?: string;
  /** The layout: wide (the default) for a desktop and print, narrow for a phone. */
  size?: ChartSize;
}

/** The drawing's size per layout; the narrow one is relatively taller, to stay readable on a phone. */
const LAYOUT = {
  wide: { width: 960, height: 260 },
  narrow: { width: 400, height: 220 },
} as const;
const PAD = { top: 12, right: 12, bottom: 40, left: 36 };

/**
 * Counts over time: columns per month, or a line with dots per week. The
 * y axis shows whole numbers only; x labels thin out so they never overlap.
 */
export function columnChart(opts: ColumnChartOptions): Chart {
  const { columns } = opts;
  const { width, height } = LAYOUT[opts.size ?? 'wide'];
  const max = maxOf(
    columns.map((c) => c.value),
    1,
  );
  const x = scaleBand()
    .domain(columns.map((c) => c.key))
    .range([PAD.left, width - PAD.right])
    .padding(opts.shape === 'bars' ? 0.2 : 0);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - PAD.bottom, PAD.top]);
  const ticks = y.ticks(Math.min(5, y.domain()[1]!)).filter(Number.isInteger);
  const grid = ticks
    .map(
      (t) =>
        `<line class="chart-grid" x1="${PAD.left}" x2="${width - PAD.right}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="currentColor"/>` +
        `<text class="chart-tick" x="${PAD.left - 6}" y="${n(y(t))}" text-anchor="end" dominant-baseline="middle" fill="currentColor">${t}</text>`,
    )
    .join('');
  // Room for a label is about 7 px per character at the 12 px tick size; thin them out so none overlap.
  const longest = maxOf(
    columns.map((c) => c.label.length),
    1,
  );
  const fit = Math.max(1, Math.floor((width - PAD.left - PAD.right) / (longest * 7 + 14)));
  const every = Math.max(1, Math.ceil(columns.length / Math.min(8, fit)));
  const labels = columns
    .map((c, i) =>
      i % every === 0
        ? `<text class="chart-tick" x="${n((x(c.key) ?? 0) + x.bandwidth() / 2)}" y="${height - PAD.bottom + 16}" text-anchor="middle" fill="currentColor">${escapeXml(c.label)}</text>`
        : '',
    )
    .join('');
  const cx = (c: Column) => (x(c.key) ?? 0) + x.bandwidth() / 2;
  let marks: string;
  if (opts.shape === 'bars') {
    marks = columns
      .map(
        (c) =>
          `<rect class="chart-bar" x="${n(x(c.key) ?? 0)}" y="${n(y(c.value))}" width="${n(x.bandwidth())}" height="${n(y(0) - y(c.value))}" fill="currentColor"><title>${escapeXml(`${c.label}: ${c.value}`)}</title></rect>`,
      )
      .join('');
  } else {
    const path =
      line<Column>()
        .x(cx)
        .y((c) => y(c.value))(columns as Column[]) ?? '';
    const fill =
      area<Column>()
        .x(cx)
        .y0(y(0))
        .y1((c) => y(c.value))(columns as Column[]) ?? '';
    marks =
      `<path class="chart-area" d="${fill}" fill="currentColor"/>` +
      `<path class="chart-line" d="${path}" fill="none" stroke="currentColor" stroke-width="2"/>` +
      // Dots only while there is room for them; a long series reads better as a plain line.
      (columns.length > 40 ? [] : columns)
        .map((c) => `<circle class="chart-dot" cx="${n(cx(c))}" cy="${n(y(c.value))}" r="3" fill="currentColor"/>`)
        .join('');
  }
  const baseline = `<line class="chart-axis" x1="${PAD.left}" x2="${width - PAD.right}" y1="${n(y(0))}" y2="${n(y(0))}" stroke="currentColor"/>`;
  const first = columns[0];
  const last = columns[columns.length - 1];
  const span = `${columns.length} ${opts.periodHeader.toLowerCase()}${columns.length === 1 ? '' : 's'}, from ${first?.label} to ${last?.label}`;
  let summary: string;
  if (!first || !last) summary = `${opts.title}: no dated applications yet.`;
  else if (opts.total === 'last') summary = `${opts.title}: ${last.value} in ${span}.`;
  else {
    const total = columns.reduce((s, c) => s + c.value, 0);
    const busiest = columns.reduce((best, c) => (c.value > best.value ? c : best), first);
    const when = opts.periodHeader === 'Week' ? `the week of ${busiest.label}` : busiest.label;
    summary = `${opts.title}: ${total} in ${span}; the most, ${busiest.value}, in ${when}.`;
  }
  if (opts.note && first) summary += ` ${opts.note}`;
  return {
    svg: svgRoot({
      id: opts.id,
      width,
      height,
      title: opts.title,
      desc: summary,
      body: grid + baseline + marks + labels,
    }),
    table: {
      caption: opts.tableChangesOnly
        ? `${opts.title} (${opts.periodHeader.toLowerCase()}s without a new application left out)`
        : opts.title,
      headers: [opts.periodHeader, opts.valueLabel],
      rows: columns
        .filter(
          (c, i) => !opts.tableChangesOnly || c.value !== (opts.total === 'last' ? (columns[i - 1]?.value ?? 0) : 0),
        )
        .map((c) => [c.label, String(c.value)]),
    },
    summary,
    empty: columns.length === 0,
  };
}
