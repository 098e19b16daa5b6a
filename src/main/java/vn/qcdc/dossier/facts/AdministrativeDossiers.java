package vn.qcdc.dossier.facts;

import java.util.List;

/** Immutable fact: AdministrativeDossiers (part of the dossier). */
public record AdministrativeDossiers(
    List<AdminDossier> records,
    List<MonthlyAggregate> monthlyAggregates,
    YearEndPending yearEndPending) {

  public AdministrativeDossiers {
    records = Facts.list(records);
    monthlyAggregates = Facts.list(monthlyAggregates);
  }
}
