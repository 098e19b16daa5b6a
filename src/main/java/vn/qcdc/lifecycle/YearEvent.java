package vn.qcdc.lifecycle;

import java.time.Instant;

/**
 * One step of a commune-year: what was done, the state before and after, the dossier version, evaluation or appraisal
 * it concerned, why, by whom and when. Stored once, never changed, chained by the ledger.
 */
public record YearEvent(
    long id,
    String communeCode,
    int year,
    YearAction action,
    YearState stateBefore,
    YearState stateAfter,
    Long dossierId,
    Long evaluationId,
    Long appraisalId,
    String reason,
    String actedBy,
    Instant actedAt) {}
