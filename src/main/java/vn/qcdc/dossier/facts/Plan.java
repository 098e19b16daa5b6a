package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: Plan (dossier section {@code plans}). */
public record Plan(
    String id,
    PlanKind kind,
    String documentNumber,
    String title,
    LocalDate issuedDate,
    int year,
    List<PlanComponent> components,
    List<DisclosurePlanElement> disclosurePlanElements,
    List<String> citedBases,
    List<String> contentItems,
    List<EvidenceRef> evidence) implements DossierRecord {

  public Plan {
    components = Facts.list(components);
    disclosurePlanElements = Facts.list(disclosurePlanElements);
    citedBases = Facts.list(citedBases);
    contentItems = Facts.list(contentItems);
    evidence = Facts.list(evidence);
  }
}
