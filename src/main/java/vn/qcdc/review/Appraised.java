package vn.qcdc.review;

import java.math.BigDecimal;
import java.time.Instant;

/** An appraisal as the evaluation views show it: the criterion's new points and the totals it led to. */
public record Appraised(long id, String criterion, BigDecimal points, String reason, String appraisedBy,
    Instant appraisedAt, BigDecimal appraisedTotal, String appraisedGrade) {}
