package vn.qcdc.workbook;

import java.util.ArrayList;
import java.util.List;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.i18n.Count;
import vn.qcdc.i18n.Message;

/**
 * The outcome of converting a workbook: either the dossier (its JSON bytes and the validated, parsed dossier) with any
 * warnings, or the problems found, each located by sheet, cell and JSON path: the first hundred, then one line
 * counting the others.
 *
 * @param json the dossier JSON (UTF-8), or null when the workbook was rejected
 * @param dossier the dossier as {@code DossierReader} accepted it, or null when rejected
 * @param problems the problems to show, the closing count included
 * @param problemCount how many problems were found, listed or not
 * @param unreadable whether the file was refused before its cells were read (not a workbook, encrypted, too large)
 */
public record ConversionResult(byte[] json, ParsedDossier dossier, List<WorkbookProblem> problems,
    List<WorkbookProblem> warnings, int problemCount, boolean unreadable) {

  /** How many problems a rejection lists, as for a JSON dossier. */
  static final int SHOWN = 100;

  public ConversionResult {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /** Whether the workbook became a valid dossier. */
  public boolean accepted() {
    return json != null && problems.isEmpty();
  }

  /** A rejection listing the first hundred of {@code found} (in order) out of {@code total} problems. */
  static ConversionResult rejected(List<WorkbookProblem> found, int total) {
    List<WorkbookProblem> shown = new ArrayList<>(found.subList(0, Math.min(SHOWN, found.size())));
    if (total > shown.size()) {
      shown.add(new WorkbookProblem(null, null, "$", Message.of("workbook.more", Count.of(total - shown.size()))));
    }
    return new ConversionResult(null, null, shown, List.of(), Math.max(total, shown.size()), false);
  }

  /** A file refused before its cells were read, with the reason. */
  static ConversionResult unreadable(Message reason) {
    return new ConversionResult(null, null, List.of(new WorkbookProblem(null, null, "$", reason)), List.of(), 1, true);
  }
}
