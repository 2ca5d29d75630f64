package org.backchannel.model;

/**
 * How much of a date a source actually gives. A report that says only "February" is
 * stored as February, never as an invented day.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR, UNKNOWN

}
