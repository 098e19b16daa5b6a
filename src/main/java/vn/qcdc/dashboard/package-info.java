/**
 * The chairman's dashboard of a commune: the official result of a year (appraised total, grade, state, groups, trend
 * of official results, points that can still be recovered) and the years that have none yet, by their state.
 */
package vn.qcdc.dashboard;
