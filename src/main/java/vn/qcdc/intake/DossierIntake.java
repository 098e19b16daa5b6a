package vn.qcdc.intake;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.workbook.Completeness;
import vn.qcdc.workbook.SectionStatus;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.dossier.facts.Dossier;
import vn.qcdc.i18n.Message;
import vn.qcdc.lifecycle.Lifecycle;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.security.Role;
import vn.qcdc.web.ApiException;

/**
 * Stores a dossier as a new version of its commune's dossier for its year, after the dossier reader accepted it,
 * the commune is known, the year is not signed off and the same bytes were not stored before for that commune. All
 * or nothing. A version an auditor stores (an upload, a workbook, a bulk append) is a dossier the commune handed in,
 * so it is submitted as it is stored; an officer's versions are drafts until the officer submits one.
 */
@Service
public class DossierIntake {

  private static final Logger LOG = LoggerFactory.getLogger(DossierIntake.class);

  /** The stored version, the reader's non-blocking warnings and the sections it leaves unreported. */
  public record Stored(StoredDossier dossier, List<DossierProblem> warnings, List<SectionStatus> unreported) {}

  private static final Completeness COMPLETENESS = new Completeness();

  private final DossierReader reader = new DossierReader();
  private final DossierRepository dossiers;
  private final CommuneRepository communes;
  private final Lifecycle lifecycle;

  public DossierIntake(DossierRepository dossiers, CommuneRepository communes, Lifecycle lifecycle) {
    this.dossiers = dossiers;
    this.communes = communes;
    this.lifecycle = lifecycle;
  }

  /** Reads and stores {@code bytes}; {@code source} says where they came from (file name, append). */
  @Transactional
  public Stored store(byte[] bytes, String source) throws InvalidDossierException {
    ParsedDossier parsed = read(bytes);
    String commune = parsed.dossier().commune().code();
    Optional<StoredDossier> same = dossiers.findByHash(commune, parsed.hash());
    if (same.isPresent()) {
      throw ApiException.of(HttpStatus.CONFLICT, "duplicate-dossier", Message.of("intake.duplicate.title"),
          Message.of("intake.duplicate", commune, same.get().version(), same.get().year(), same.get().id()))
          .with("existingDossierId", same.get().id());
    }
    return insert(parsed, bytes, source);
  }

  /**
   * Stores an edit of the newest version {@code baseId} of a commune's dossier for a year; empty when the edit
   * changed nothing. Unlike an upload, an edit may return to the content of an older version.
   *
   * @throws ApiException 409 when another version was stored since {@code baseId} was read
   */
  @Transactional
  public Optional<Stored> storeEdit(byte[] bytes, String source, long baseId) throws InvalidDossierException {
    ParsedDossier parsed = read(bytes);
    Dossier d = parsed.dossier();
    StoredDossier latest = dossiers.latest(d.commune().code(), d.period().year()).orElse(null);
    if (latest == null || latest.id() != baseId) {
      throw ApiException.of(HttpStatus.CONFLICT, "stale-dossier-version", Message.of("intake.stale.title"),
          Message.of("intake.stale", baseId, d.commune().code(), d.period().year()));
    }
    return latest.hash().equals(parsed.hash()) ? Optional.empty() : Optional.of(insert(parsed, bytes, source));
  }

  /** The consistency warnings of stored bytes; none when they no longer pass the reader. */
  public List<DossierProblem> warnings(byte[] bytes) {
    try {
      return reader.read(bytes).warnings();
    } catch (InvalidDossierException e) {
      return List.of();
    }
  }

  private ParsedDossier read(byte[] bytes) throws InvalidDossierException {
    ParsedDossier parsed = reader.read(bytes);
    Dossier d = parsed.dossier();
    if (!communes.exists(d.commune().code())) {
      throw ApiException.of(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-commune", Message.of("intake.unknownCommune.title"),
          Message.of("intake.unknownCommune", d.commune().code(), d.commune().name())).with("path", "$.commune.code")
          // what a registration needs, for the upload page's offer and for API clients
          .with("communeCode", d.commune().code()).with("communeName", d.commune().name());
    }
    return parsed;
  }

  private Stored insert(ParsedDossier parsed, byte[] bytes, String source) {
    Dossier d = parsed.dossier();
    String commune = d.commune().code();
    lifecycle.requireOpen(commune, d.period().year());
    Optional<StoredDossier> latest = dossiers.latest(commune, d.period().year());
    StoredDossier row = new StoredDossier(0, commune, d.period().year(), latest.map(v -> v.version() + 1).orElse(1),
        latest.map(StoredDossier::id).orElse(null), parsed.hash(), bytes.length, truncate(source), CurrentUser.name(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS));
    long id = dossiers.insert(row, bytes);
    StoredDossier stored = dossiers.find(id).orElseThrow();
    LOG.info("dossier stored id={} user={} commune={} year={} version={} hash={} bytes={} source={}", id,
        stored.uploadedBy(), commune, stored.year(), stored.version(), stored.hash(), bytes.length, stored.source());
    if (CurrentUser.has(Role.AUDITOR)) {
      lifecycle.submit(commune, stored.year(), id, "Kiểm tra viên nhận hồ sơ xã gửi (" + stored.source() + ").");
    }
    return new Stored(stored, parsed.warnings(), COMPLETENESS.unreported(bytes));
  }

  private static String truncate(String source) {
    String s = source == null || source.isBlank() ? "tải lên" : source.strip();
    return s.length() > 200 ? s.substring(0, 200) : s;
  }
}
