/**
 * Stored evaluations: running the active rule set on a stored dossier, listing, fetching, comparing and
 * re-evaluating; every evaluation is an immutable, chained record.
 */
package vn.qcdc.assessment;
