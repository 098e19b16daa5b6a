/**
 * Reports of an evaluation for the commune and the auditors: the PDF report in the Vietnamese administrative form
 * (Nghị định 30/2020/NĐ-CP) with an embedded font, and an XLSX workbook of the findings. Both are written in
 * Vietnamese unless the reader asks for English; every label comes from the {@code messages-report} bundle
 * ({@link vn.qcdc.report.Wording}). Entry point: {@link vn.qcdc.report.EvaluationReports}.
 */
package vn.qcdc.report;
