import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar-chart.ts';
import { columnChart } from '../../src/charts/column-chart.ts';
import { escapeXml } from '../../src/charts/svg.ts';

const accessible = (svg: string, id: string) => {
  expect(svg).toMatch(new RegExp(`^<svg [^>]*role="img" aria-labelledby="${id}-title ${id}-desc"`));
  expect(svg).toContain(`<title id="${id}-title">`);
  expect(svg).toContain(`<desc id="${id}-desc">`);
  expect(svg).not.toMatch(/<script|on\w+=|style="[^"]*#[0-9a-f]{3}/i);
};

describe('bar chart', () => {
  it.each([
    ['no bars', []],
    ['one bar', [{ label: 'Applied', value: 1 }]],
    [
      'zeros only',
      [
        { label: 'A', value: 0 },
        { label: 'B', value: 0 },
      ],
    ],
    [
      'several, one few',
      [
        { label: 'Applied', value: 6 },
        { label: 'Screening', value: 3, text: '3 (50%)', few: true },
      ],
    ],
  ])('%s: accessible SVG, a table row per bar, no NaN', (_name, bars) => {
    const chart = barChart({ id: 'f', title: 'Funnel', labelHeader: 'Stage', valueLabel: 'Applications', bars });
    accessible(chart.svg, 'f');
    expect(chart.svg).not.toMatch(/NaN|undefined|Infinity/);
    expect(chart.table.rows).toHaveLength(bars.length);
    expect(chart.svg.match(/<rect /g) ?? []).toHaveLength(bars.length);
    expect(chart.empty).toBe(bars.length === 0);
  });

  it('scales bars to the largest value and says so in words', () => {
    const chart = barChart({
      id: 'f',
      title: 'Funnel',
      labelHeader: 'Stage',
      valueLabel: 'Applications',
      bars: [
        { label: 'Applied', value: 4 },
        { label: 'Screening', value: 2 },
      ],
    });
    const widths = [...chart.svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBeCloseTo(widths[1]! * 2, 0);
    expect(chart.summary).toBe('Funnel: Applied 4; Screening 2.');
    expect(chart.table).toEqual({
      caption: 'Funnel',
      headers: ['Stage', 'Applications'],
      rows: [
        ['Applied', '4'],
        ['Screening', '2'],
      ],
    });
  });

  it('marks few-data bars and escapes labels', () => {
    const chart = barChart({
      id: 'f',
      title: 'A & B',
      labelHeader: 'x',
      valueLabel: 'y',
      bars: [{ label: '<R&D>', value: 1, few: true }],
    });
    expect(chart.svg).toContain('class="chart-row few"');
    expect(chart.svg).toContain('&lt;R&amp;D&gt;');
    expect(chart.svg).toContain('<title id="f-title">A &amp; B</title>');
  });
});

describe('column chart', () => {
  const months = [
    { key: '2025-01', label: 'Jan 2025', value: 2 },
    { key: '2025-02', label: 'Feb 2025', value: 0 },
    { key: '2025-03', label: 'Mar 2025', value: 5 },
  ];

  it.each([
    ['bars', 'bars' as const, /<rect /g, 3],
    ['line', 'line' as const, /<circle /g, 3],
  ])('%s: one mark per period', (_name, shape, mark, count) => {
    const chart = columnChart({
      id: 'm',
      title: 'Per month',
      periodHeader: 'Month',
      valueLabel: 'Applications',
      columns: months,
      shape,
    });
    accessible(chart.svg, 'm');
    expect(chart.svg.match(mark) ?? []).toHaveLength(count);
    expect(chart.summary).toBe('Per month: 7 in 3 months, from Jan 2025 to Mar 2025; the most, 5, in Mar 2025.');
  });

  it.each([
    ['no periods', []],
    ['one period', [months[0]!]],
  ])('%s draws without NaN', (_name, columns) => {
    for (const shape of ['bars', 'line'] as const) {
      const chart = columnChart({
        id: 'w',
        title: 'Per week',
        periodHeader: 'Week',
        valueLabel: 'Applications',
        columns,
        shape,
      });
      expect(chart.svg).not.toMatch(/NaN|undefined|Infinity/);
      expect(chart.table.rows).toHaveLength(columns.length);
    }
  });

  it.each([
    [
      'counts: periods above zero',
      undefined,
      [
        ['Jan 2025', '2'],
        ['Mar 2025', '5'],
      ],
    ],
    [
      'running total: periods where it grew',
      'last' as const,
      [
        ['Jan 2025', '2'],
        ['Mar 2025', '5'],
      ],
    ],
  ])('tableChangesOnly keeps %s', (_name, total, rows) => {
    const columns =
      total === 'last'
        ? [
            { ...months[0]!, value: 2 },
            { ...months[1]!, value: 2 },
            { ...months[2]!, value: 5 },
          ]
        : months;
    const chart = columnChart({
      id: 'm',
      title: 'T',
      periodHeader: 'Month',
      valueLabel: 'N',
      columns,
      shape: 'bars',
      total,
      tableChangesOnly: true,
    });
    expect(chart.table.rows).toEqual(rows);
    expect(chart.table.caption).toBe('T (months without a new application left out)');
  });

  it('words a running total by its last value', () => {
    const chart = columnChart({
      id: 'c',
      title: 'So far',
      periodHeader: 'Week',
      valueLabel: 'Sent',
      columns: [
        { key: 'a', label: 'W1', value: 1 },
        { key: 'b', label: 'W2', value: 3 },
      ],
      shape: 'line',
      total: 'last',
    });
    expect(chart.summary).toBe('So far: 3 in 2 weeks, from W1 to W2.');
  });

  it('thins out axis labels for many periods', () => {
    const weeks = Array.from({ length: 112 }, (_, i) => ({ key: `w${i}`, label: `${i} Sep 2024`, value: i % 3 }));
    const chart = columnChart({
      id: 'w',
      title: 'Per week',
      periodHeader: 'Week',
      valueLabel: 'Applications',
      columns: weeks,
      shape: 'line',
    });
    const xs = [...chart.svg.matchAll(/<text [^>]*x="([\d.]+)"[^>]*text-anchor="middle"/g)].map((m) => Number(m[1]));
    expect(xs.length).toBeGreaterThan(2);
    expect(xs.length).toBeLessThanOrEqual(8);
    // 11 characters need about 90 px: no two labels closer than that.
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(90);
  });
});

describe('the phone layout', () => {
  const label = 'Language & AI Data Engineering';
  const viewBox = (svg: string) => /viewBox="0 0 (\d+) /.exec(svg)?.[1];
  it.each([
    [
      'bars',
      (size?: 'narrow') =>
        barChart({ id: 'b', title: 'T', labelHeader: 'L', valueLabel: 'V', bars: [{ label, value: 3 }], size }),
    ],
    [
      'columns',
      (size?: 'narrow') =>
        columnChart({
          id: 'c',
          title: 'T',
          periodHeader: 'Month',
          valueLabel: 'V',
          columns: [{ key: 'k', label: 'Oct 2024', value: 2 }],
          shape: 'bars',
          size,
        }),
    ],
  ])('%s: a narrower drawing than the desktop one, with the same words and table', (_name, draw) => {
    const wide = draw();
    const narrow = draw('narrow');
    expect(Number(viewBox(narrow.svg))).toBeLessThan(Number(viewBox(wide.svg)) / 2);
    expect(narrow.summary).toBe(wide.summary);
    expect(narrow.table).toEqual(wide.table);
  });
  it('clips a long bar label shorter on a phone; the table keeps it whole', () => {
    const draw = (size?: 'narrow') =>
      barChart({ id: 'b', title: 'T', labelHeader: 'L', valueLabel: 'V', bars: [{ label, value: 3 }], size });
    expect(draw().svg).toContain(escapeXml(label));
    expect(draw('narrow').svg).toContain(`${escapeXml('Language & AI')}…`);
    expect(draw('narrow').table.rows[0]![0]).toBe(label);
  });
});

it('escapeXml escapes the five characters', () => {
  expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

describe('charts of very long series', () => {
  // 9999-12-31 once gave 417,000 weeks since 2024, and `Math.max(...values)` overflowed the stack.
  // Dates are now bounded to 1970–2100 (see tests/fixtures/bad/date-out-of-range), and the charts
  // take their maximum with a loop, so no number of columns can crash them.
  it('draws 200,000 columns without overflowing the stack', () => {
    const columns = Array.from({ length: 200_000 }, (_, i) => ({ key: `k${i}`, label: `W${i}`, value: i % 7 }));
    const chart = columnChart({
      id: 'w',
      title: 'Per week',
      periodHeader: 'Week',
      valueLabel: 'Applications',
      columns,
      shape: 'line',
    });
    expect(chart.summary).toMatch(/the most, 6, in/);
    const bars = barChart({
      id: 'b',
      title: 'Many',
      labelHeader: 'Week',
      valueLabel: 'Applications',
      bars: columns.map((c) => ({ label: c.label, value: c.value })),
    });
    expect(bars.svg).toContain('<svg');
  });
});
