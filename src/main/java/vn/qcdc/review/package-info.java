/**
 * Appraisal: an auditor sets a criterion's points of the year's official evaluation with a reason; the result with its
 * appraisals applied ({@link vn.qcdc.review.AppraisedResult}) is regraded by the engine's own arithmetic. The API and
 * the appraisal page.
 */
package vn.qcdc.review;
