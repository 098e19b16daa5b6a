/**
 * The lifecycle of a commune-year (issue #11): Đang lập hồ sơ → Đã nộp → Đã chấm → Đã thẩm định → Đã công nhận, and
 * reopening. Every step is an append-only, ledger-chained event saying who acted, when and why; the state of a year,
 * the version it submitted and its official evaluation are read from those events ({@link vn.qcdc.lifecycle.CommuneYear})
 * and nowhere else. The features that store dossiers, evaluations and appraisals ask {@link vn.qcdc.lifecycle.Lifecycle}
 * first and record their step through it.
 */
package vn.qcdc.lifecycle;
