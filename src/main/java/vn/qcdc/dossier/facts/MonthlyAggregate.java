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

  // Drools reads accessors named "set..." as setters; these getters make the settled* counts readable in rules.

  public int getSettledEarly() {
    return settledEarly;
  }

  public int getSettledOnTime() {
    return settledOnTime;
  }

  public int getSettledLate() {
    return settledLate;
  }

  public int getSettledLateOnline() {
    return settledLateOnline;
  }
}
