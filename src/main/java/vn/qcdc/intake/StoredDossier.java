package vn.qcdc.intake;

import java.time.Instant;

/** A stored dossier version, without its bytes. */
public record StoredDossier(
    long id,
    String communeCode,
    int year,
    int version,
    Long previousId,
    String hash,
    int sizeBytes,
    String source,
    String uploadedBy,
    Instant uploadedAt) {}
