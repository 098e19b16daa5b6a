/**
 * The findings page of an evaluation: how the total is reached (groups, then every adjustment with its reason, then
 * the total and grade, engine and appraised side by side), then every finding, filtered by group and outcome, each
 * opening to its explanation, records, checks and legal basis; with the year's state and, for auditors, its sign-off.
 */
package vn.qcdc.findings;
