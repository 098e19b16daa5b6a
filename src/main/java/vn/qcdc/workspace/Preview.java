package vn.qcdc.workspace;

import java.util.List;
import java.util.Map;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.workbook.SectionStatus;

/**
 * What the current version would score if it were evaluated now (not stored), and which sections still lack
 * evidence.
 *
 * @param missingBySection for each section not reported, the criteria that need it and so score MISSING_EVIDENCE
 */
public record Preview(Evaluation evaluation, List<SectionStatus> sections, Map<String, List<String>> missingBySection) {

  public List<String> missing(String section) {
    return missingBySection.getOrDefault(section, List.of());
  }

  public long notReported() {
    return sections.stream().filter(s -> s.status() == SectionStatus.Status.NOT_REPORTED).count();
  }
}
