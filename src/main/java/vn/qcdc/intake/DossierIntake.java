package vn.qcdc.intake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.dossier.facts.Dossier;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;

/**
 * Stores a dossier as a new version of its commune's dossier for its year, after the dossier reader accepted it,
 * the commune is known and the same bytes were not stored before for that commune. All or nothing.
 */
@Service
public class DossierIntake {

  private static final Logger LOG = LoggerFactory.getLogger(DossierIntake.class);

  /** The stored version and the reader's non-blocking warnings. */
  public record Stored(StoredDossier dossier, List<DossierProblem> warnings) {}

  private final DossierReader reader = new DossierReader();
  private final DossierRepository dossiers;
  private final CommuneRepository communes;

  public DossierIntake(DossierRepository dossiers, CommuneRepository communes) {
    this.dossiers = dossiers;
    this.communes = communes;
  }

  /** Reads and stores {@code bytes}; {@code source} says where they came from (file name, append). */
  @Transactional
  public Stored store(byte[] bytes, String source) throws InvalidDossierException {
    ParsedDossier parsed = reader.read(bytes);
    Dossier d = parsed.dossier();
    String commune = d.commune().code();
    if (!communes.exists(commune)) {
      throw ApiException.unprocessable("unknown-commune", "Unknown commune", "The dossier's commune " + commune
          + " (" + d.commune().name() + ") is not registered; an administrator adds it with POST /api/communes")
          .with("path", "$.commune.code");
    }
    Optional<StoredDossier> same = dossiers.findByHash(commune, parsed.hash());
    if (same.isPresent()) {
      throw ApiException.conflict("duplicate-dossier", "Dossier already stored", "These exact bytes were stored "
          + "before for commune " + commune + " as dossier " + same.get().id() + " (version " + same.get().version()
          + " of " + same.get().year() + ")").with("existingDossierId", same.get().id());
    }
    Optional<StoredDossier> latest = dossiers.latest(commune, d.period().year());
    StoredDossier row = new StoredDossier(0, commune, d.period().year(), latest.map(v -> v.version() + 1).orElse(1),
        latest.map(StoredDossier::id).orElse(null), parsed.hash(), bytes.length, truncate(source), CurrentUser.name(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS));
    long id = dossiers.insert(row, bytes);
    StoredDossier stored = dossiers.find(id).orElseThrow();
    LOG.info("dossier stored id={} user={} commune={} year={} version={} hash={} bytes={} source={}", id,
        stored.uploadedBy(), commune, stored.year(), stored.version(), stored.hash(), bytes.length, stored.source());
    return new Stored(stored, parsed.warnings());
  }

  private static String truncate(String source) {
    String s = source == null || source.isBlank() ? "upload" : source.strip();
    return s.length() > 200 ? s.substring(0, 200) : s;
  }
}
