package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.dossier.facts.Commune;
import vn.qcdc.dossier.facts.Dossier;

/**
 * The evidence dossier as an Excel workbook: the blank template (optionally pre-filled with a commune's profile and
 * the year), a dossier exported into it, and a filled workbook converted back into dossier JSON through
 * {@link DossierReader}, every problem located by sheet, cell and JSON path. Thread-safe.
 */
public final class WorkbookConverter {

  private final WorkbookLayout layout;
  private final DossierReader reader;

  public WorkbookConverter() {
    this(new WorkbookLayout(), new DossierReader());
  }

  WorkbookConverter(WorkbookLayout layout, DossierReader reader) {
    this.layout = layout;
    this.reader = reader;
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

  /** Whether the bytes are an Excel workbook, .xlsx (zip) or .xls (OLE2), by their first bytes: names are not trusted. */
  public static boolean isWorkbook(byte[] bytes) {
    boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    boolean ole2 = bytes.length > 3 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF
        && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xE0;
    return zip || ole2;
  }

  /**
   * Converts an uploaded workbook (.xlsx, or .xls) into dossier JSON validated by {@link DossierReader}; on failure
   * the result lists every problem, from the cells and from the validator, ordered by sheet, row and column.
   */
  public ConversionResult convert(byte[] workbookBytes) {
    Workbook workbook;
    try {
      workbook = WorkbookFactory.create(new ByteArrayInputStream(workbookBytes));
    } catch (IOException | RuntimeException e) {
      return ConversionResult.rejected(List.of(new WorkbookProblem(null, null, "$",
          "tệp không đọc được như một bảng tính Excel (.xlsx hoặc .xls): " + e.getMessage())));
    }
    Reading reading;
    try (workbook) {
      reading = new WorkbookReader(layout).read(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ProblemLocator locator = new ProblemLocator(layout, reading);
    List<WorkbookProblem> problems = new ArrayList<>(reading.pending.stream().map(locator::pending).toList());
    byte[] json = DossierJson.bytes(reading.tree);
    try {
      ParsedDossier parsed = reader.read(json);
      List<WorkbookProblem> warnings = parsed.warnings().stream().map(locator::locate).toList();
      if (problems.isEmpty()) {
        return new ConversionResult(json, parsed, List.of(), sorted(warnings));
      }
    } catch (InvalidDossierException e) {
      for (DossierProblem problem : e.problems()) {
        if (problems.stream().noneMatch(p -> covers(p.jsonPath(), problem.path()))) {
          problems.add(locator.locate(problem));
        }
      }
    }
    return ConversionResult.rejected(sorted(problems));
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

  /** Writes into the given empty workbook (tests use the older .xls format this way) and closes it. */
  byte[] write(ObjectNode tree, Set<String> present, Workbook empty) {
    SheetRows rows = new SheetRows(layout, tree);
    Map<String, Integer> counts = new HashMap<>();
    layout.sheets().forEach(s -> counts.put(s.key(), rows.of(s.key()) == null ? 0 : rows.of(s.key()).size()));
    try (Workbook workbook = empty; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      WorkbookStyles styles = new TemplateWriter(layout).write(workbook, present, counts);
      new DataWriter(layout).fill(workbook, styles, tree, rows);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell problem at {@code cellPath} already explains any validator problem at or below it. */
  private static boolean covers(String cellPath, String path) {
    return path.equals(cellPath) || path.startsWith(cellPath + ".") || path.startsWith(cellPath + "[");
  }

  private List<WorkbookProblem> sorted(List<WorkbookProblem> problems) {
    List<String> order = new ArrayList<>();
    layout.sheets().forEach(s -> order.add(s.name()));
    Comparator<WorkbookProblem> bySheet = Comparator.comparingInt(p -> {
      int at = order.indexOf(p.sheet());
      return at < 0 ? Integer.MAX_VALUE : at;
    });
    return problems.stream().sorted(bySheet
        .thenComparingInt(p -> p.cell() == null ? -1 : new CellReference(p.cell()).getRow())
        .thenComparingInt(p -> p.cell() == null ? -1 : new CellReference(p.cell()).getCol())).toList();
  }
}
