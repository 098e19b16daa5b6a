package vn.qcdc.dossier.facts;

import java.time.LocalDate;
import java.util.List;

/** Immutable fact: SatisfactionSystem (dossier section {@code satisfactionSystem}). */
public record SatisfactionSystem(
    boolean operating,
    List<SatisfactionChannel> channels,
    LocalDate resultsPublishedDate,
    List<String> publishedAt) {

  public SatisfactionSystem {
    channels = Facts.list(channels);
    publishedAt = Facts.list(publishedAt);
  }
}
