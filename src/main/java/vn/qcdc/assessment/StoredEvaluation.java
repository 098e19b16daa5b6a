package vn.qcdc.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored evaluation without its dossier snapshot; {@code resultJson} (the engine's full result in the form of
 * {@code vn.qcdc.evaluation.EvaluationJson}, read back typed with {@link ResultJson#typed}) is null in listings.
 */
public record StoredEvaluation(
    long id,
    String communeCode,
    int year,
    long dossierId,
    String dossierHash,
    String ruleSetHash,
    String profileId,
    BigDecimal total,
    BigDecimal maxTotal,
    String bandGrade,
    String grade,
    BigDecimal selfTotal,
    String selfGrade,
    String resultJson,
    Long supersedesId,
    String evaluatedBy,
    Instant evaluatedAt,
    long durationMs) {}
