package vn.qcdc.evaluation;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qcdc.dossier.DossierProblem;
import vn.qcdc.dossier.facts.Dossier;
import vn.qcdc.dossier.facts.DossierRecord;

/**
 * The consistency warnings of a dossier by the record they concern, so that a finding that used a record says it
 * rests on a record with a warning: the score stands, the reader is told what to verify.
 */
final class RecordWarnings {

  private static final Pattern RECORD = Pattern.compile("^\\$\\.(\\w+)(?:\\.(records))?\\[(\\d+)]");

  private RecordWarnings() {}

  /** Record id → the warnings about it, in the dossier's order. */
  static Map<String, List<String>> byRecord(Dossier dossier, List<DossierProblem> warnings) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (DossierProblem warning : warnings) {
      Matcher m = RECORD.matcher(warning.path());
      if (!m.find()) {
        continue;
      }
      Object section = section(dossier, m.group(1));
      if (m.group(2) != null && dossier.administrativeDossiers() != null && m.group(1).equals("administrativeDossiers")) {
        section = dossier.administrativeDossiers().records();
      }
      int index = Integer.parseInt(m.group(3));
      if (section instanceof List<?> list && index < list.size() && list.get(index) instanceof DossierRecord r) {
        out.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(warning.message());
      }
    }
    return out;
  }

  /** The finding with one more warning per record it used that has warnings. */
  static Finding attach(Finding f, Map<String, List<String>> byRecord) {
    List<String> added = new ArrayList<>();
    for (String record : f.facts()) {
      List<String> found = byRecord.get(record);
      if (found != null) {
        added.add("Kết quả dựa trên bản ghi " + record + " có cảnh báo: " + String.join("; ", found) + ".");
      }
    }
    if (added.isEmpty()) {
      return f;
    }
    List<String> warnings = new ArrayList<>(added);
    warnings.addAll(f.warnings());
    return new Finding(f.criterion(), f.group(), f.title(), f.state(), f.points(), f.maxPoints(), f.parts(),
        f.facts(), warnings, f.legalBasis(), f.explanation(), f.legalBases());
  }

  private static Object section(Dossier dossier, String name) {
    for (RecordComponent c : Dossier.class.getRecordComponents()) {
      if (c.getName().equals(name)) {
        try {
          return c.getAccessor().invoke(dossier);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read dossier section " + name, e);
        }
      }
    }
    return null;
  }
}
