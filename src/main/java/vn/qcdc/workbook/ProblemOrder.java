package vn.qcdc.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;

/** The order of a workbook's problems (by sheet as the layout lists them, then row and column) and which ones repeat. */
final class ProblemOrder {

  private final List<String> sheets = new ArrayList<>();

  ProblemOrder(WorkbookLayout layout) {
    layout.sheets().forEach(s -> sheets.add(s.name()));
  }

  List<WorkbookProblem> sorted(List<WorkbookProblem> problems) {
    Comparator<WorkbookProblem> bySheet = Comparator.comparingInt(p -> {
      int at = sheets.indexOf(p.sheet());
      return at < 0 ? Integer.MAX_VALUE : at;
    });
    return problems.stream().sorted(bySheet
        .thenComparingInt(p -> p.cell() == null ? -1 : new CellReference(p.cell()).getRow())
        .thenComparingInt(p -> p.cell() == null ? -1 : new CellReference(p.cell()).getCol())).toList();
  }

  /** A cell problem at a path already explains any validator problem at or below it. */
  static boolean explained(Set<String> cellPaths, String path) {
    for (String at = path; !at.isEmpty(); at = parent(at)) {
      if (cellPaths.contains(at)) {
        return true;
      }
    }
    return false;
  }

  /** {@code $.a[3]} for {@code $.a[3].b}, {@code $} for {@code $.a}, empty for {@code $}. */
  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? (path.equals("$") ? "" : "$") : path.substring(0, cut);
  }
}
