/**
 * The official result of a commune-year, defined once ({@link vn.qcdc.official.OfficialResults}): the latest official
 * evaluation of the latest submitted version, read back typed, with its appraisals applied and its adjustments and
 * grade recomputed from the appraised points; its state; whether its rule set is still in force. Every surface reads
 * results through here: the evaluations and commune-year API, the pages, the reports. Also the steps a commune-year
 * takes through this API (submission, sign-off, reopening) and the bulk re-evaluation after a rule change.
 */
package vn.qcdc.official;
