package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import vn.qcdc.dossier.facts.Dossier;

/** Reads one JSON evidence dossier into immutable facts, or rejects it with every problem found (format §1.6). */
public final class DossierReader {

  private static final DossierSchema SCHEMA = new DossierSchema();
  private static final SchemaWalk WALK = new SchemaWalk(SCHEMA.tree());
  /** Warnings about actions after the evaluation are judged on the day in Vietnam. */
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The day actions are judged against ("after the evaluation"), or null to leave that warning out. */
  private final java.util.function.Supplier<LocalDate> evaluationDay;
  private final StrictJson strictJson = new StrictJson();
  private final DossierBounds bounds = new DossierBounds(WALK);
  private final CrossRecordRules crossRecordRules = new CrossRecordRules();
  private final DeclarationRules declarationRules = new DeclarationRules();
  private final DateWindow dateWindow = new DateWindow(WALK);
  /** Shared: a mapper builds its deserializers on first use, which costs more than binding a dossier. */
  private static final ObjectMapper BINDER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new SimpleModule("dossier-dates").addDeserializer(LocalDate.class, new DateValues.Deserializer()))
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  /** A reader that judges actions against today in Vietnam (the day the dossier is stored or evaluated). */
  public DossierReader() {
    this(() -> LocalDate.now(VIETNAM));
  }

  private DossierReader(java.util.function.Supplier<LocalDate> evaluationDay) {
    this.evaluationDay = evaluationDay;
  }

  /**
   * A reader for hypothetical dossiers (rule scenarios, the rule-set impact preview) whose results must not depend on
   * the day they are run: it leaves out the warning about actions after the evaluation day.
   */
  public static DossierReader withoutEvaluationDay() {
    return new DossierReader(() -> null);
  }

  /**
   * Reads strict UTF-8 JSON without duplicate keys, drops {@code null} members (absent), checks the size limits (lists
   * and numbers), then the JSON Schema, the cross-record rules and the date window collecting all problems, then binds
   * the {@link Dossier}, adds consistency warnings and the SHA-256 of the bytes. Thread-safe.
   *
   * @throws InvalidDossierException with every problem found, each with its JSON path (the first hundred listed)
   */
  public ParsedDossier read(byte[] json) throws InvalidDossierException {
    return read(json, path -> false);
  }

  /**
   * As {@link #read(byte[])}, leaving out (neither listed nor counted) the problems at the paths {@code explained}
   * accepts: a workbook reports its cell problems itself, and what the validator then finds at those paths follows
   * from them.
   */
  public ParsedDossier read(byte[] json, Predicate<String> explained) throws InvalidDossierException {
    JsonNode tree = strictJson.parse(json);
    ProblemList problems = new ProblemList(explained);
    if (!bounds.check(tree, problems)) {
      throw problems.rejection();
    }
    SCHEMA.check(tree, problems);
    crossRecordRules.check(tree, problems);
    declarationRules.check(tree, problems);
    dateWindow.check(tree, problems);
    if (!problems.isEmpty()) {
      throw problems.rejection();
    }
    return new ParsedDossier(bind(tree), ConsistencyWarnings.of(tree, WALK, evaluationDay.get()), Hashes.sha256(json));
  }

  public ParsedDossier read(InputStream json) throws InvalidDossierException {
    try {
      return read(json.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ParsedDossier read(Path file) throws InvalidDossierException {
    try {
      return read(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Dossier bind(JsonNode tree) throws InvalidDossierException {
    try {
      return BINDER.treeToValue(tree, Dossier.class);
    } catch (JsonMappingException e) {
      throw rejected(pathOf(e), e.getOriginalMessage());
    } catch (IOException e) {
      throw rejected(JsonPaths.ROOT, e.getMessage());
    }
  }

  private static String pathOf(JsonMappingException e) {
    String path = JsonPaths.ROOT;
    for (JsonMappingException.Reference step : e.getPath()) {
      path = step.getFieldName() != null
          ? JsonPaths.field(path, step.getFieldName())
          : JsonPaths.index(path, step.getIndex());
    }
    return path;
  }

  private static InvalidDossierException rejected(String path, String reason) {
    return new InvalidDossierException(List.of(new DossierProblem(path, "cannot be read: " + reason)));
  }
}
