package vn.qcdc.workbook;

import java.util.List;
import vn.qcdc.dossier.ParsedDossier;

/**
 * The outcome of converting a workbook: either the dossier (its JSON bytes and the validated, parsed dossier) with any
 * warnings, or every problem found, each located by sheet, cell and JSON path.
 *
 * @param json the dossier JSON (UTF-8), or null when the workbook was rejected
 * @param dossier the dossier as {@code DossierReader} accepted it, or null when rejected
 */
public record ConversionResult(byte[] json, ParsedDossier dossier, List<WorkbookProblem> problems,
    List<WorkbookProblem> warnings) {

  public ConversionResult {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /** Whether the workbook became a valid dossier. */
  public boolean accepted() {
    return json != null && problems.isEmpty();
  }

  static ConversionResult rejected(List<WorkbookProblem> problems) {
    return new ConversionResult(null, null, problems, List.of());
  }
}
