package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.dossier.facts.Commune;
import vn.qcdc.dossier.facts.Dossier;
import vn.qcdc.i18n.Message;

/**
 * The evidence dossier as an Excel workbook: the blank template (optionally pre-filled with a commune's profile and
 * the year), a dossier exported into it, and a filled workbook converted back into dossier JSON through
 * {@link DossierReader}, every problem located by sheet, cell and JSON path. Thread-safe.
 */
public final class WorkbookConverter {

  private static final Logger LOG = LoggerFactory.getLogger(WorkbookConverter.class);

  private final WorkbookLayout layout;
  private final DossierReader reader;
  private final WorkbookLimits limits;
  private final WorkbookGuard guard;
  private final ConversionSlots slots;
  private final ProblemOrder order;

  /** A converter with the default limits (the command line, tests). */
  public WorkbookConverter() {
    this(WorkbookLimits.DEFAULTS);
  }

  public WorkbookConverter(WorkbookLimits limits) {
    this(new WorkbookLayout(), new DossierReader(), limits);
  }

  WorkbookConverter(WorkbookLayout layout, DossierReader reader, WorkbookLimits limits) {
    this.layout = layout;
    this.reader = reader;
    this.limits = limits;
    this.guard = new WorkbookGuard(limits);
    this.slots = new ConversionSlots(limits);
    this.order = new ProblemOrder(layout);
  }

  /**
   * The template (.xlsx) with every sheet, headers only; with a commune its profile and villages are filled in, with
   * a year the evaluation year, with both also the dossier id {@code HSMC-<code>-<year>}.
   */
  public byte[] template(Commune communeOrNull, Integer yearOrNull) {
    return templateFor(communeOrNull == null ? null : DossierJson.tree(communeOrNull), yearOrNull);
  }

  /**
   * The template pre-filled with a commune's profile given as the dossier's {@code commune} object, complete (from
   * an earlier dossier) or partial (code, name and province of the registry); fields it lacks stay empty.
   */
  public byte[] templateFor(JsonNode communeOrNull, Integer yearOrNull) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put("formatVersion", "1.0");
    if (communeOrNull != null && yearOrNull != null && communeOrNull.path("code").isTextual()) {
      tree.put("dossierId", "HSMC-" + communeOrNull.get("code").asText() + "-" + yearOrNull);
    }
    if (communeOrNull != null) {
      tree.set("commune", communeOrNull.deepCopy());
    }
    if (yearOrNull != null) {
      tree.putObject("period").put("year", yearOrNull);
    }
    Set<String> all = new HashSet<>();
    layout.sheets().forEach(s -> all.add(s.key()));
    return write(tree, all);
  }

  /** The dossier as a filled workbook (.xlsx); sections it does not report have no sheet. */
  public byte[] export(Dossier dossier) {
    return export(DossierJson.tree(dossier));
  }

  /**
   * A stored dossier (JSON bytes) as a filled workbook (.xlsx); sections it does not report have no sheet.
   *
   * @throws IllegalArgumentException when the bytes are not a JSON object
   */
  public byte[] export(byte[] dossierJson) {
    return export(DossierJson.parse(dossierJson));
  }

  /**
   * Whether the bytes are meant as an Excel workbook, .xlsx (a zip archive, empty ones included) or .xls (OLE2), by
   * their first bytes: names are not trusted. Such bytes go to {@link #convert}, which says what is wrong with them.
   */
  public static boolean isWorkbook(byte[] bytes) {
    return FileKinds.isZip(bytes) || FileKinds.isOle2(bytes);
  }

  /** The limits this converter reads workbooks within. */
  public WorkbookLimits limits() {
    return limits;
  }

  /**
   * Converts an uploaded workbook (.xlsx, or .xls) into dossier JSON validated by {@link DossierReader}; on failure
   * the result lists the problems, from the cells and from the validator, ordered by sheet, row and column: the first
   * hundred, then one line counting the others. A file that is not a workbook within the limits is refused before
   * POI reads it (see {@link WorkbookGuard}). Waits for one of the process's conversion slots.
   *
   * @throws ConversionSlots.WorkbookBusyException when no slot was free for a minute
   */
  public ConversionResult convert(byte[] workbookBytes) {
    return convert(workbookBytes, Declarant.now(null));
  }

  /**
   * As {@link #convert(byte[])}, with the person who uploads standing behind the cover's "không phát sinh" answers
   * when the cover names nobody. A workbook whose data sheets are all blank and whose cover answers no such row is
   * refused: a blank template is not a declaration that nothing happened.
   */
  public ConversionResult convert(byte[] workbookBytes, Declarant declarant) {
    return convert(workbookBytes, declarant, null, true);
  }

  /** An edited export of the version {@code earlier}: its declarations keep their person and time; blank is fine. */
  ConversionResult convertEdit(byte[] workbookBytes, Declarant declarant, JsonNode earlier) {
    return convert(workbookBytes, declarant, earlier, false);
  }

  private ConversionResult convert(byte[] workbookBytes, Declarant declarant, JsonNode earlier, boolean refuseBlank) {
    Optional<Message> refusal = guard.refusalText(workbookBytes);
    if (refusal.isPresent()) {
      return ConversionResult.unreadable(refusal.get());
    }
    slots.acquire();
    try {
      return read(workbookBytes, declarant, earlier, refuseBlank);
    } finally {
      slots.release();
    }
  }

  private ConversionResult read(byte[] workbookBytes, Declarant declarant, JsonNode earlier, boolean refuseBlank) {
    Reading reading;
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbookBytes))) {
      reading = new WorkbookReader(layout).read(workbook, declarant, earlier);
    } catch (IOException | RuntimeException e) {
      LOG.info("workbook refused by POI after the guard: {}", e.toString());
      return ConversionResult.unreadable(Message.of("workbook.unreadable"));
    }
    if (refuseBlank && reading.blank && !reading.answered && reading.pending.isEmpty()) {
      return ConversionResult.rejected(List.of(blank(reading)), 1);
    }
    ProblemLocator locator = new ProblemLocator(layout, reading);
    List<WorkbookProblem> problems = new ArrayList<>(reading.pending.stream().map(locator::pending).toList());
    Set<String> cellPaths = new HashSet<>();
    problems.forEach(p -> cellPaths.add(p.jsonPath()));
    byte[] json = DossierJson.bytes(reading.tree);
    int notListed = 0;
    try {
      ParsedDossier parsed = reader.read(json, path -> ProblemOrder.explained(cellPaths, path));
      List<WorkbookProblem> warnings = parsed.warnings().stream().map(locator::locate).toList();
      if (problems.isEmpty()) {
        return new ConversionResult(json, parsed, List.of(), order.sorted(warnings), 0, false);
      }
    } catch (InvalidDossierException e) {
      e.listed().forEach(problem -> problems.add(locator.locate(problem)));
      notListed = e.omitted();
    }
    return ConversionResult.rejected(order.sorted(problems), problems.size() + notListed);
  }

  /** The refusal of a workbook that holds no data and no declaration, naming the sections it leaves unreported. */
  private WorkbookProblem blank(Reading reading) {
    List<String> titles = new ArrayList<>();
    for (SheetSpec spec : layout.sheets()) {
      if (spec.parent() == null && spec.shape() != SheetSpec.Shape.COVER && spec.shape() != SheetSpec.Shape.EVIDENCE) {
        String key = spec.container() != null ? spec.container() : spec.key();
        String title = layout.labels().get("title." + key);
        String shown = title != null ? title : spec.name();
        if (!titles.contains(shown)) {
          titles.add(shown);
        }
      }
    }
    return new WorkbookProblem(layout.sheet(WorkbookLayout.COVER).name(), null, "$",
        Message.of("workbook.blank", String.join("; ", titles)));
  }

  private byte[] export(ObjectNode tree) {
    return write(tree, presentSheets(tree));
  }

  /** The sheets a dossier fills: those of the sections (and nested lists) it reports, the cover and the evidence. */
  Set<String> presentSheets(ObjectNode tree) {
    SheetRows rows = new SheetRows(layout, tree);
    Set<String> present = new HashSet<>();
    layout.sheets().stream().filter(s -> rows.of(s.key()) != null).forEach(s -> present.add(s.key()));
    return present;
  }

  WorkbookLayout layout() {
    return layout;
  }

  byte[] write(ObjectNode tree, Set<String> present) {
    return write(tree, present, new XSSFWorkbook());
  }

  /**
   * Writes into the given empty workbook (tests use the older .xls format this way) and closes it. A dossier whose rows
   * or values exceed what a workbook may hold is refused before the workbook is built, and a written workbook that
   * would not pass the upload limits is not handed out: what is downloaded can be uploaded again.
   *
   * @throws WorkbookTooLargeException when the dossier does not fit the workbook limits
   */
  byte[] write(ObjectNode dossier, Set<String> present, Workbook empty) {
    ObjectNode tree = Declarations.forCover(dossier, layout.schema());
    SheetRows rows = new SheetRows(layout, tree);
    Map<String, Integer> counts = new HashMap<>();
    layout.sheets().forEach(s -> counts.put(s.key(), rows.of(s.key()) == null ? 0 : rows.of(s.key()).size()));
    long records = counts.values().stream().mapToLong(Integer::longValue).sum();
    long values = WorkbookTooLargeException.values(tree);
    if (records > limits.maxRows() || values > limits.maxCells()) {
      close(empty);
      throw new WorkbookTooLargeException(records, values, limits);
    }
    byte[] bytes;
    try (Workbook workbook = empty; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      WorkbookStyles styles = new TemplateWriter(layout).write(workbook, present, counts);
      new DataWriter(layout).fill(workbook, styles, tree, rows);
      workbook.write(out);
      bytes = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<Message> refusal = guard.refusalText(bytes);
    if (refusal.isPresent()) {
      throw new WorkbookTooLargeException(refusal.get());
    }
    return bytes;
  }

  private static void close(Workbook workbook) {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
