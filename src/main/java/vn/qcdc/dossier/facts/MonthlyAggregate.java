package vn.qcdc.dossier.facts;

import java.time.YearMonth;

/** Immutable fact: MonthlyAggregate (part of the dossier). */
public record MonthlyAggregate(
    YearMonth month,
    int received,
    int receivedOnline,
    int settledEarly,
    int settledOnTime,
    int settledLate,
    int settledLateOnline,
    int lateWithCompliantApology,
    int refused,
    int completionRequests,
    int completionRequestsWithin3Wd) {
}
