package vn.qcdc.workbook;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Who stands behind a "không phát sinh" declaration read from a workbook whose cover names nobody, and when it is made:
 * the signed-in user who uploads or edits; {@code name} null when there is none (the command line), in which case a
 * declaration needs a name on the cover.
 */
public record Declarant(String name, OffsetDateTime at) {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The person, now (Vietnam time, whole seconds). */
  public static Declarant now(String nameOrNull) {
    return new Declarant(nameOrNull == null || nameOrNull.isBlank() ? null : nameOrNull.strip(),
        OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS));
  }
}
