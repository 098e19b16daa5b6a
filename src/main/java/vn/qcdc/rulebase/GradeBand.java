package vn.qcdc.rulebase;

import java.math.BigDecimal;
import vn.qcdc.dossier.facts.Grade;

/** A grade band: the grade of a total at or above {@code atLeast}. */
public record GradeBand(Grade grade, BigDecimal atLeast) {}
