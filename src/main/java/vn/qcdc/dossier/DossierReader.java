package vn.qcdc.dossier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.qcdc.dossier.facts.Dossier;

/** Reads one JSON evidence dossier into immutable facts, or rejects it with every problem found (format §1.6). */
public final class DossierReader {

  private static final DossierSchema SCHEMA = new DossierSchema();
  private static final SchemaWalk WALK = new SchemaWalk(SCHEMA.tree());
  /** Streamed when they are lists: the top-level record lists (the administrative dossiers' records besides). */
  private static final Set<String> RECORD_LISTS = DossierStream.recordLists(SCHEMA.tree());
  /** What the checks of each record need of the rest of the dossier, read ahead when it comes after the records. */
  private static final Set<String> CONTEXT = Set.of("period", "commune");
  /** Warnings about actions after the evaluation are judged on the day in Vietnam. */
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  static {
    SCHEMA.recordLists().forEach(list -> {
      if (FactBinder.recordClass(list) == null) {
        throw new IllegalStateException("the schema's list " + list + " has no list in the facts");
      }
    });
  }

  /** The day actions are judged against ("after the evaluation"), or null to leave that warning out. */
  private final Supplier<LocalDate> evaluationDay;
  private final StrictJson strictJson = new StrictJson();
  private final DossierStream stream = new DossierStream(strictJson, WALK, RECORD_LISTS);

  /** A reader that judges actions against today in Vietnam (the day the dossier is stored or evaluated). */
  public DossierReader() {
    this(() -> LocalDate.now(VIETNAM));
  }

  private DossierReader(Supplier<LocalDate> evaluationDay) {
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
   * <p>The record lists are streamed: each record is read as its own small tree, checked, bound and dropped, so that
   * the text of the file, the tree of all its records and the facts are never in memory together.
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
    JsonParser parser = strictJson.open(json);
    StreamedChecks checks = new StreamedChecks(SCHEMA, strictJson.lookAhead(json, CONTEXT), evaluationDay.get(),
        new ProblemList(explained));
    JsonNode top;
    try (parser) {
      top = stream.read(parser, checks);
    } catch (IOException e) {
      throw strictJson.explain(json, e);
    }
    return checks.finish(top, Hashes.sha256(json));
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

}
