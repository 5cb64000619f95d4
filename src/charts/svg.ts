/**
 * Chart markup helpers. d3-scale and d3-shape compute positions and paths;
 * the SVG itself is written here as plain strings at build time, so a chart
 * is static markup that needs no script. Colours come from the page: shapes
 * use `currentColor` and classes that styles/charts.css maps to the theme
 * variables, so both themes and print read well.
 */

/** A chart as the page shows it: SVG markup plus the same data as a table for screen readers and print. */
export interface Chart {
  /** The drawing for a wide screen and print. */
  svg: string;
  /**
   * The same drawing laid out for a phone (narrower, so its text stays legible when it is scaled
   * to the screen's width); ChartFigure shows one of the two by the screen's width.
   */
  svgNarrow?: string;
  table: DataTable;
  /** One sentence that says what the chart shows, also the SVG's description. */
  summary: string;
  /** True when there was nothing to draw: the page says so instead of showing an empty frame. */
  empty: boolean;
}

export interface DataTable {
  caption: string;
  headers: string[];
  rows: string[][];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/**
 * The two layouts a chart is drawn in, in SVG user units. Each is scaled to the full content width
 * (width: 100%), so its user units become about 1.2 px on a desktop and 0.9 px on a phone: text set
 * at 13–14 units reads at 12–16 px on both.
 */
export type ChartSize = 'wide' | 'narrow';

/** A number rounded for an attribute: short markup, stable output. */
export const n = (value: number): string => String(Math.round(value * 10) / 10);

/**
 * The outer `<svg>`: `role="img"` with a title and a description tied by
 * `aria-labelledby`, so a screen reader announces one image with its summary
 * instead of every bar; the table below the chart carries the numbers.
 */
export function svgRoot(opts: {
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string;
}): string {
  const { id, width, height, title, desc, body } = opts;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>${body}</svg>`
  );
}

/** Text that is cut with an ellipsis beyond `max` characters; the full text stays in the data table. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
