/**
 * Bulk records from the one-stop and complaint systems (CSV or XLSX, one documented column layout per kind),
 * appended to a stored dossier as a new version; every row error is reported with its row and column.
 */
package vn.qcdc.intake.records;
