/**
 * The audit log page: the ledger's entries with who, when, which commune and year and what changed, filtered and
 * paged, exported as CSV, with the chain's verification (ADMIN, AUDITOR, LEGAL).
 */
package vn.qcdc.audit;
