/**
 * The tamper-evident ledger: dossier versions, evaluations, appraisals, rule-set versions and user changes chained by
 * SHA-256 over a canonical serialisation, and the verification that names the first record that no longer matches.
 */
package vn.qcdc.ledger;
