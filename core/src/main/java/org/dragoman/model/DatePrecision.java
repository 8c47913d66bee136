package org.dragoman.model;

/** How much of a date an archive knows: many sources give only the year or the month. */
public enum DatePrecision {
  YEAR,
  MONTH,
  DAY
}
