/**
 * Dossier intake: JSON uploads and CSV/XLSX bulk appends, each stored as a new immutable version after it passed
 * the dossier reader; nothing is stored when anything is wrong.
 */
package vn.qcdc.intake;
