package vn.qcdc.dossier.facts;

import java.util.List;

/** Immutable fact: DisclosureScope (dossier section {@code disclosureScope}). */
public record DisclosureScope(
    List<Integer> itemsWithMatters) {

  public DisclosureScope {
    itemsWithMatters = Facts.list(itemsWithMatters);
  }
}
