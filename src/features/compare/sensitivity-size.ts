/*
 * The figures chart's size, without the chart library: the chart (sensitivity-chart.tsx) is drawn
 * from it, and the space kept for it until it is drawn (sensitivity-figure.tsx) is the same, so
 * nothing below moves when it arrives.
 */

/** One row of the chart (a figure), and the axis under the rows, in pixels. */
const ROW_HEIGHT = 56;
export const AXIS_HEIGHT = 36;

/** The chart's height for this many rows. */
export const chartHeight = (rows: number): number => rows * ROW_HEIGHT + AXIS_HEIGHT;
