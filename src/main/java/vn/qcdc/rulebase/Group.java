package vn.qcdc.rulebase;

import java.math.BigDecimal;

/** A criteria group (nhóm tiêu chí) with its maximum points. */
public record Group(String id, Text title, BigDecimal maxPoints, Source source) {}
