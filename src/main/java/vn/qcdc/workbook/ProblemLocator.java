package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.i18n.Message;
import vn.qcdc.workbook.SheetSpec.Shape;

/** Puts each problem where the user can fix it: the sheet and cell the offending JSON value came from. */
final class ProblemLocator {

  private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]|\\['((?:[^'\\\\]|\\\\.)*)']");

  private final WorkbookLayout layout;
  private final Reading reading;

  ProblemLocator(WorkbookLayout layout, Reading reading) {
    this.layout = layout;
    this.reading = reading;
  }

  /** A problem found while reading cells, now that the tree (and so the JSON path) is complete. */
  WorkbookProblem pending(Reading.Pending problem) {
    String owner = problem.owner() == null ? null : reading.pathOf(problem.owner());
    String path = owner == null ? problem.fallbackPath()
        : problem.field() == null ? owner : owner + "." + problem.field();
    SheetPlacement sheet = problem.sheet();
    String cell = problem.cell() != null ? problem.cell() : sheet.spec == null ? null : sheet.firstCell();
    return new WorkbookProblem(sheet.sheetName, cell, path, problem.message());
  }

  /** The words of a validator problem: from the bundles when it is worded there, else as the validator says it. */
  private static Message words(DossierProblem problem) {
    return problem.text() != null ? problem.text() : Message.of("workbook.asIs", problem.message());
  }

  /** A problem the dossier validator found at a JSON path. */
  WorkbookProblem locate(DossierProblem problem) {
    List<Object> steps = steps(problem.path());
    JsonNode node = reading.tree;
    Reading.Origin origin = reading.origins.get(node);
    int consumed = 0;
    for (int i = 0; i < steps.size() && node != null; i++) {
      Object step = steps.get(i);
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
      Reading.Origin here = node == null ? null : reading.origins.get(node);
      if (here != null) {
        origin = here;
        consumed = i + 1;
      }
    }
    List<Object> rest = steps.subList(consumed, steps.size());
    if (origin != null && (origin.row() >= 0 || origin.sheet().spec.shape() == Shape.COVER)) {
      return inRow(problem, origin, rest);
    }
    SheetPlacement sheet = bySheetPattern(problem.path()).filter(s -> s.spec.shape() != Shape.COVER)
        .orElse(origin == null ? null : origin.sheet());
    if (sheet == null) {
      return new WorkbookProblem(layout.sheet(WorkbookLayout.COVER).name(), null, problem.path(),
          Message.of("workbook.cover.missing", layout.sheet(WorkbookLayout.COVER).name(), words(problem)));
    }
    return new WorkbookProblem(sheet.sheetName, sheet.firstCell(), problem.path(), words(problem));
  }

  private WorkbookProblem inRow(DossierProblem problem, Reading.Origin origin, List<Object> rest) {
    SheetPlacement sheet = origin.sheet();
    List<String> fields = new ArrayList<>();
    for (Object step : rest) {
      if (!(step instanceof String field)) {
        break;
      }
      fields.add(field);
    }
    for (int k = fields.size(); k >= 1; k--) {
      String key = origin.base() + String.join(".", fields.subList(0, k));
      String locator = flagLocator(problem.path(), key, rest, k).orElse(key);
      if (sheet.has(locator)) {
        Column column = sheet.spec.column(locator).orElseThrow();
        return new WorkbookProblem(sheet.sheetName, sheet.cell(origin.row(), locator), problem.path(),
            Message.of("workbook.column", column.header(), inColumn(problem, column)));
      }
    }
    String first = fields.isEmpty() ? null : fields.get(0);
    Optional<SheetSpec> child = layout.children(sheet.spec.key()).stream()
        .filter(c -> c.path().get(0).equals(first)).findFirst();
    String cell = sheet.has("id") ? sheet.cell(origin.row(), "id")
        : origin.row() >= 0 ? sheet.rowStart(origin.row()) : sheet.firstCell();
    boolean none = missing(problem) || DossierProblem.EMPTY_LIST.equals(problem.key());
    Message message = child.map(c -> none ? Message.of("workbook.children.none", c.name())
        : Message.of("workbook.children.problem", c.name(), words(problem))).orElse(words(problem));
    return new WorkbookProblem(sheet.sheetName, cell, problem.path(), message);
  }

  /** For a problem inside an enumeration list ({@code components[1]}), the flag column of that value. */
  private Optional<String> flagLocator(String path, String key, List<Object> rest, int k) {
    if (k != 1 || rest.size() < 2 || !(rest.get(1) instanceof Integer)) {
      return Optional.empty();
    }
    int cut = path.lastIndexOf('[');
    JsonNode value = reading.tree.at(pointer(steps(path.substring(0, path.indexOf(']', cut) + 1))));
    return value.isTextual() ? Optional.of(key + "=" + value.asText()) : Optional.empty();
  }

  /** A missing value or an empty list said as the column's own requirement; any other problem as it is worded. */
  private static Message inColumn(DossierProblem problem, Column column) {
    if (missing(problem)) {
      return column.condition() != null && DossierProblem.MISSING_FIELD_WHEN.equals(problem.key())
          ? Message.of("workbook.requiredWhen", column.condition()) : Message.of("workbook.required");
    }
    if (DossierProblem.EMPTY_LIST.equals(problem.key())) {
      return Message.of("workbook.atLeastOne");
    }
    return words(problem);
  }

  private static boolean missing(DossierProblem problem) {
    return DossierProblem.MISSING_FIELD.equals(problem.key())
        || DossierProblem.MISSING_FIELD_WHEN.equals(problem.key());
  }

  /** The present sheet whose record path is the longest prefix of the path (indices ignored). */
  private Optional<SheetPlacement> bySheetPattern(String path) {
    String general = path.replaceAll("\\[\\d+]", "[*]");
    SheetPlacement best = null;
    for (SheetPlacement sheet : reading.placements.values()) {
      String pattern = reading.pattern(sheet.spec);
      boolean matches = general.equals(pattern) || general.startsWith(pattern + ".") || general.startsWith(pattern + "[");
      if (matches && (best == null || pattern.length() > reading.pattern(best.spec).length())) {
        best = sheet;
      }
    }
    return Optional.ofNullable(best);
  }

  static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    Matcher matcher = STEP.matcher(path);
    int at = path.startsWith("$") ? 1 : 0;
    while (at < path.length() && matcher.find(at) && matcher.start() == at) {
      steps.add(matcher.group(1) != null ? matcher.group(1)
          : matcher.group(2) != null ? (Object) Integer.valueOf(matcher.group(2)) : matcher.group(3));
      at = matcher.end();
    }
    return steps;
  }

  private static String pointer(List<Object> steps) {
    StringBuilder out = new StringBuilder();
    steps.forEach(s -> out.append('/').append(String.valueOf(s).replace("~", "~0").replace("/", "~1")));
    return out.toString();
  }
}
