/**
 * The tamper-evident ledger: dossier versions, evaluations, appraisals, rule-set versions and user changes chained by
 * SHA-256 over a canonical serialisation; a signed checkpoint of the newest entry kept outside the database; and the
 * verification that names the first record that no longer matches, or the newest entries deleted.
 */
package vn.qcdc.ledger;
