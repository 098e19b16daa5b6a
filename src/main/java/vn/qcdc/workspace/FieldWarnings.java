package vn.qcdc.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.workbook.RecordForms;

/** The dossier's consistency warnings placed on the record forms: by form input, and by record number. */
final class FieldWarnings {

  private static final Pattern NESTED = Pattern.compile("^\\.(\\w+)\\[(\\d+)]\\.(\\w+)$");
  private static final Pattern FIELD = Pattern.compile("^\\.(\\w+)$");

  private FieldWarnings() {}

  /** The warnings of record {@code index} of the section, by the name of the form input they concern. */
  static Map<String, String> of(List<DossierProblem> warnings, String section, int index) {
    String prefix = "$." + section + "[" + index + "]";
    Map<String, String> out = new LinkedHashMap<>();
    for (DossierProblem w : warnings) {
      if (!w.path().startsWith(prefix)) {
        continue;
      }
      String rest = w.path().substring(prefix.length());
      Matcher field = FIELD.matcher(rest);
      Matcher nested = NESTED.matcher(rest);
      String input = field.matches() ? field.group(1) : nested.matches()
          ? RecordForms.nestedName(section + "." + nested.group(1), Integer.parseInt(nested.group(2)), nested.group(3))
          : "";
      out.merge(input, w.message(), (a, b) -> a + " " + b);
    }
    return out;
  }

  /**
   * A warning with where it lies: the section's title and the record's number when the record forms edit it (then
   * the page links to the record), else only the JSON path.
   */
  record Located(String path, String message, String section, String sectionTitle, Integer number) {}

  /** Every warning located; {@code formSections} are the sections the record forms edit, with their titles. */
  static List<Located> located(List<DossierProblem> warnings, Map<String, String> formSections) {
    Pattern record = Pattern.compile("^\\$\\.(\\w+)\\[(\\d+)]");
    List<Located> out = new java.util.ArrayList<>();
    for (DossierProblem w : warnings) {
      Matcher m = record.matcher(w.path());
      boolean form = m.find() && formSections.containsKey(m.group(1));
      out.add(form ? new Located(w.path(), w.message(), m.group(1), formSections.get(m.group(1)),
          Integer.parseInt(m.group(2)) + 1) : new Located(w.path(), w.message(), null, null, null));
    }
    return out;
  }

  /** How many warnings each record of the section has, by record number (from 1). */
  static Map<Integer, Integer> byRecord(List<DossierProblem> warnings, String section) {
    Pattern record = Pattern.compile("^\\$\\." + Pattern.quote(section) + "\\[(\\d+)]");
    Map<Integer, Integer> out = new LinkedHashMap<>();
    for (DossierProblem w : warnings) {
      Matcher m = record.matcher(w.path());
      if (m.find()) {
        out.merge(Integer.parseInt(m.group(1)) + 1, 1, Integer::sum);
      }
    }
    return out;
  }
}
