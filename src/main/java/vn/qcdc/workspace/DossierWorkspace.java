package vn.qcdc.workspace;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.i18n.Message;
import vn.qcdc.intake.CommuneProfiles;
import vn.qcdc.intake.DossierIntake;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.rulebase.Criterion;
import vn.qcdc.rulebase.Part;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.ruleset.ActiveRuleSet;
import vn.qcdc.security.CurrentUser;
import vn.qcdc.web.ApiException;
import vn.qcdc.workbook.Completeness;
import vn.qcdc.workbook.ConversionResult;
import vn.qcdc.workbook.Declarant;
import vn.qcdc.workbook.RecordEdit;
import vn.qcdc.workbook.RecordForms;
import vn.qcdc.workbook.SectionStatus;
import vn.qcdc.workbook.WorkbookConverter;
import vn.qcdc.workbook.WorkbookLimits;

/** The newest version of a commune's dossier for a year, and the edits that store the next one. */
@Service
public class DossierWorkspace {

  /** A stored version and its bytes. */
  public record Current(StoredDossier stored, byte[] json) {}

  /** An edit's outcome: the version stored (empty when nothing changed), or the problems that stopped it. */
  public record Saved(Optional<StoredDossier> stored, RecordEdit edit) {}

  private final WorkbookConverter workbooks;
  private final RecordForms forms;
  private final Completeness completeness;
  private final DossierReader reader = new DossierReader();
  private final Evaluator evaluator = new Evaluator();
  private final DossierRepository dossiers;
  private final DossierIntake intake;
  private final CommuneProfiles profiles;
  private final ActiveRuleSet rules;

  DossierWorkspace(DossierRepository dossiers, DossierIntake intake, CommuneProfiles profiles, ActiveRuleSet rules,
      WorkbookLimits limits) {
    this.workbooks = new WorkbookConverter(limits);
    this.forms = new RecordForms(workbooks);
    this.completeness = new Completeness(workbooks);
    this.dossiers = dossiers;
    this.intake = intake;
    this.profiles = profiles;
    this.rules = rules;
  }

  public RecordForms forms() {
    return forms;
  }

  public WorkbookConverter workbooks() {
    return workbooks;
  }

  /** The newest version, after checking that the signed-in user may work on the commune. */
  public Optional<Current> current(String commune, int year) {
    requireAccess(commune);
    return dossiers.latest(commune, year).map(d -> new Current(d, dossiers.content(d.id()).orElseThrow()));
  }

  /** Every stored version of the commune's dossier for the year, newest first: who stored what, and when. */
  public List<StoredDossier> versions(String commune, int year) {
    requireAccess(commune);
    return dossiers.list(commune, year).stream()
        .sorted(java.util.Comparator.comparingInt(StoredDossier::version).reversed()).toList();
  }

  /** The years for which the commune has a dossier. */
  public List<Integer> years(String commune) {
    requireAccess(commune);
    return dossiers.list(commune, null).stream().map(StoredDossier::year).distinct().toList();
  }

  /**
   * The score the version would get now with the active rule set, and its sections' completeness.
   *
   * @throws InvalidDossierException when the version, stored before the format's limits, no longer passes the reader
   */
  public Preview preview(Current current) throws InvalidDossierException {
    RuleSet ruleSet = rules.current();
    List<SectionStatus> sections = completeness.of(current.json());
    Set<String> absent = sections.stream().filter(s -> s.status() == SectionStatus.Status.NOT_REPORTED)
        .map(SectionStatus::key).collect(Collectors.toSet());
    Map<String, Set<String>> missing = new LinkedHashMap<>();
    for (Criterion criterion : ruleSet.criteria()) {
      for (Part part : criterion.parts()) {
        part.requires().stream().filter(absent::contains)
            .forEach(s -> missing.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(criterion.id()));
      }
    }
    Map<String, List<String>> bySection = new LinkedHashMap<>();
    missing.forEach((section, ids) -> bySection.put(section, List.copyOf(ids)));
    return new Preview(evaluator.evaluate(ruleSet, reader.read(current.json())), sections, bySection);
  }

  /**
   * The consistency warnings of a version (dates in the wrong order, actions after the evaluation, counts that
   * contradict their records); none when the version no longer passes the reader (the page says so elsewhere).
   */
  public List<DossierProblem> warnings(byte[] json) {
    try {
      return reader.read(json).warnings();
    } catch (InvalidDossierException e) {
      return List.of();
    }
  }

  /** The consistency warnings of a stored version of the commune's dossier. */
  public List<DossierProblem> warnings(StoredDossier version) {
    requireAccess(version.communeCode());
    return dossiers.content(version.id()).map(this::warnings).orElse(List.of());
  }

  /** Whether the version reports the section. */
  public SectionStatus status(Current current, String section) {
    return completeness.of(current.json()).stream().filter(s -> s.key().equals(section)).findFirst().orElseThrow();
  }

  /** The commune's profile to prefill a new year's dossier: its newest dossier's, else what the registry knows. */
  public com.fasterxml.jackson.databind.JsonNode profile(String commune) {
    requireAccess(commune);
    return profiles.of(commune).orElseThrow(() -> ApiException.notFound("Commune", commune));
  }

  /**
   * Starts the year's dossier with the commune profile given (from the profile form) and every section not reported
   * yet; refused, with every problem of the profile, when the reader does not accept it.
   */
  public Current start(String commune, int year, ObjectNode profile) throws InvalidDossierException {
    requireAccess(commune);
    ObjectNode dossier = JsonNodeFactory.instance.objectNode();
    dossier.put("formatVersion", "1.0").put("dossierId", "HSMC-" + commune + "-" + year);
    dossier.set("commune", profile);
    dossier.putObject("period").put("year", year);
    byte[] json = dossier.toPrettyString().getBytes(StandardCharsets.UTF_8);
    DossierIntake.Stored stored = intake.store(json, "biểu mẫu: lập hồ sơ năm " + year);
    return new Current(stored.dossier(), dossiers.content(stored.dossier().id()).orElseThrow());
  }

  /** Stores a record form's edit (or a deletion, or "declared none") as the next version of {@code base}. */
  public Saved store(Current base, RecordEdit edit, String what) throws InvalidDossierException {
    if (!edit.accepted()) {
      return new Saved(Optional.empty(), edit);
    }
    Optional<DossierIntake.Stored> stored = intake.storeEdit(edit.json(), "biểu mẫu: " + what, base.stored().id());
    return new Saved(stored.map(DossierIntake.Stored::dossier), edit);
  }

  /**
   * Stores an uploaded workbook as the next version of the commune's dossier for the year; the workbook must be
   * of that commune and year.
   */
  public ConversionResult upload(String commune, int year, byte[] workbook, String fileName)
      throws InvalidDossierException {
    requireAccess(commune);
    ConversionResult result = workbooks.convert(workbook, Declarant.now(CurrentUser.name()));
    if (result.accepted()) {
      var d = result.dossier().dossier();
      if (!d.commune().code().equals(commune) || d.period().year() != year) {
        throw ApiException.of(HttpStatus.UNPROCESSABLE_ENTITY, "other-commune-or-year",
            Message.of("workspace.otherDossier.title"), Message.of("workspace.otherDossier", d.commune().code(),
                String.valueOf(d.period().year()), commune, String.valueOf(year)));
      }
      intake.store(result.json(), "bảng tính " + fileName);
    }
    return result;
  }

  /** The template for the commune and year, pre-filled with its newest profile. */
  public byte[] template(String commune, int year) {
    requireAccess(commune);
    return workbooks.templateFor(profiles.of(commune).orElseThrow(() -> ApiException.notFound("Commune", commune)),
        year);
  }

  private static void requireAccess(String commune) {
    if (!CurrentUser.mayRead(commune)) {
      throw new AccessDeniedException("a commune officer works on their own commune only, not " + commune);
    }
  }
}
