/**
 * Stored evaluations: running the rule set in force on the submitted version of a commune-year (the year's official
 * evaluation), storing the result in the form of {@link vn.qcdc.evaluation.EvaluationJson} and reading it back typed;
 * re-evaluating; the auditor's upload page. Every evaluation is an immutable, chained record.
 */
package vn.qcdc.assessment;
