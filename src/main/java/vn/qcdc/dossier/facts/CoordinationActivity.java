package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: CoordinationActivity (dossier section {@code coordinationActivities}). */
public record CoordinationActivity(
    String id,
    CoordinationActivityType activityType,
    LocalDate date,
    String title,
    List<Organisation> partners,
    List<CoordinationRecommendation> recommendations,
    List<EvidenceRef> evidence) implements DossierRecord {

  public CoordinationActivity {
    partners = Facts.list(partners);
    recommendations = Facts.list(recommendations);
    evidence = Facts.list(evidence);
  }
}
