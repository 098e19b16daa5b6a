/** Appraisal: an auditor sets a criterion's points with a reason; the evaluation is regraded by the engine's rules. */
package vn.qcdc.review;
