/**
 * The evidence dossier as an Excel workbook (Mẫu hồ sơ minh chứng): a template derived from the dossier JSON Schema,
 * export of a dossier into it, and conversion of a filled workbook back into dossier JSON through the same validation
 * as JSON, with every problem located by sheet, cell and JSON path. Entry point: {@link vn.qcdc.workbook.WorkbookConverter}.
 */
package vn.qcdc.workbook;
