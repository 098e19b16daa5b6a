package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.List;

/**
 * Every check of one dossier, handed its pieces in document order as they are streamed: each piece (a top-level
 * member, one record) is checked for its bounds, its structure and its dates, gathered from for the cross-record
 * rules and, while nothing is wrong, bound and warned of; then dropped. At the end the problems are listed in the
 * order reading the whole tree has always listed them, each check's problems after the previous check's.
 */
final class StreamedChecks implements DossierStream.Sink {

  /** The validator is handed a root it keeps but no rule of the format reads. */
  private static final JsonNode NO_ROOT = JsonNodeFactory.instance.objectNode();

  private final ProblemList problems;
  private final DossierBounds.Tally bounds;
  private final DossierSchema.Findings schema;
  private final CrossRecordRules crossRecordRules;
  private final DeclarationRules declarationRules = new DeclarationRules();
  private final DateWindow dateWindow;
  private final ProblemList dates;
  private final ConsistencyWarnings warnings;
  private final FactBinder binder = new FactBinder();
  /** A list longer than its maximum: the dossier is refused for its bounds alone, and the rest only bound-checked. */
  private boolean pastMaximum;
  private int listMaximum;

  /**
   * {@code context}: the dossier's period and commune, read ahead (the checks of each record need them);
   * {@code problems}: where the problems are listed, through which the paths already explained are left out.
   */
  StreamedChecks(DossierSchema schema, JsonNode context, LocalDate evaluationDay, ProblemList problems) {
    this.problems = problems;
    this.bounds = new DossierBounds.Tally(problems);
    this.schema = schema.new Findings(problems);
    this.crossRecordRules = new CrossRecordRules(problems);
    this.dateWindow = new DateWindow(context.at("/period/year"));
    this.dates = problems.sibling();
    this.warnings = new ConsistencyWarnings(context, evaluationDay);
  }

  @Override
  public void objectStart(JsonPaths.At path) {
    crossRecordRules.objectStart();
  }

  @Override
  public void name(String name, JsonPaths.At path) {
    bounds.name(name, path);
    binder.member(path);
  }

  @Override
  public void value(String name, JsonNode value, JsonPaths.At path, SchemaWalk.Step step) {
    bounds.value(value, path, step);
    if (!checking()) {
      return;
    }
    schema.value(value, path, step);
    crossRecordRules.value(name, value, path);
    dateWindow.check(step, value, path, dates);
    if (nothingFound()) {
      warnings.value(value, path, step);
    }
  }

  @Override
  public void listStart(String list, JsonPaths.At path, SchemaWalk.Step step) {
    listMaximum = DossierBounds.Tally.maxItems(step);
    bounds.listStart();
    schema.listStart(list);
    binder.listStart(list);
  }

  @Override
  public void record(String list, int index, JsonNode record, JsonPaths.At path, SchemaWalk.Step step) {
    bounds.record(record, path, step);
    pastMaximum |= index >= listMaximum;
    if (!checking()) {
      return;
    }
    schema.record(index, record, NO_ROOT, path, step);
    crossRecordRules.record(list, record, path);
    declarationRules.record(list, record);
    dateWindow.check(step, record, path, dates);
    if (nothingFound()) {
      warnings.record(list, record, path, step);
      binder.record(list, record, path);
    }
  }

  @Override
  public void listEnd(String list, int size, JsonPaths.At path, SchemaWalk.Step step) {
    bounds.listEnd(size, path, step);
  }

  @Override
  public void objectEnd(JsonPaths.At path) {
    crossRecordRules.objectEnd();
    binder.objectEnd(path);
  }

  /**
   * The dossier read, or every problem found. {@code top}: the dossier's top level, in which the streamed lists are
   * empty.
   */
  ParsedDossier finish(JsonNode top, String hash) throws InvalidDossierException {
    if (!bounds.within()) {
      bounds.report(problems);
      throw problems.rejection();
    }
    schema.list(top, problems);
    crossRecordRules.check(top, problems);
    declarationRules.check(top, problems);
    problems.append(dates);
    if (!problems.isEmpty()) {
      throw problems.rejection();
    }
    return new ParsedDossier(binder.dossier(top), warnings.warnings(top), hash);
  }

  private boolean checking() {
    return bounds.within() && !pastMaximum;
  }

  private boolean nothingFound() {
    return !problems.anyFound();
  }
}
