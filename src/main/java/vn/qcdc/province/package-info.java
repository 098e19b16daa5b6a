/**
 * The province overview of a year: every commune with its state, the ranking of the official results (appraised
 * totals) and how their grades are spread; a commune without an official result is shown by its state, never ranked.
 */
package vn.qcdc.province;
