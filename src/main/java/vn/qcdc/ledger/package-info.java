/**
 * The tamper-evident ledger: evaluations and appraisals chained by SHA-256 over a canonical serialisation, and the
 * verification that names the first record that no longer matches.
 */
package vn.qcdc.ledger;
