/**
 * Reading, validating and binding the JSON evidence dossier (hồ sơ minh chứng), format 1.0 and 1.1. The record lists
 * are streamed ({@code DossierStream}): each record is read as its own small tree, checked, bound and dropped, and
 * what the rules need across records is kept as compact values ({@code StreamedChecks} says what, in which order).
 */
package vn.qcdc.dossier;
