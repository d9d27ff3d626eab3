/*
 * The figures chart's size, without the chart library: the chart (sensitivity-chart.tsx) is drawn
 * from it, and the space kept for it until it is drawn (sensitivity-figure.tsx) is the same, so
 * nothing below moves when it arrives.
 */

/** One row of the chart (a figure), in pixels. */
const ROW_HEIGHT = 56;
/** The axis under the rows: its ticks, and the line naming what it measures. */
const AXIS_HEIGHT = 36;
const LABEL_HEIGHT = 18;

/** The axis's height: ticks and label when the axis measures something, else a thin margin. */
export const axisHeight = (labelled: boolean): number =>
  labelled ? AXIS_HEIGHT + LABEL_HEIGHT : 8;

/** The chart's height for this many rows. */
export const chartHeight = (rows: number, labelled: boolean): number =>
  rows * ROW_HEIGHT + axisHeight(labelled);
