package vn.qcdc.report;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.RuleSetLoader;

/** Test fixture: the worked example (xã Chí Minh 2025, 76.74, Khá) evaluated once and rendered once per JVM. */
final class ChiMinhReport {

  static final LocalDate REPORT_DATE = LocalDate.of(2026, 1, 20);

  private static ParsedDossier dossier;
  private static Evaluation evaluation;
  private static byte[] pdf;
  private static byte[] xlsx;

  private ChiMinhReport() {}

  static synchronized Evaluation evaluation() {
    if (evaluation == null) {
      try {
        dossier = new DossierReader().read(Path.of("examples/chi-minh-2025.json"));
        evaluation = new Evaluator().evaluate(new RuleSetLoader().load(Path.of("rules")), dossier);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return evaluation;
  }

  static synchronized ParsedDossier dossier() {
    evaluation();
    return dossier;
  }

  static synchronized byte[] pdf() {
    if (pdf == null) {
      pdf = new EvaluationReports().pdf(evaluation(), dossier().dossier().commune(), REPORT_DATE);
    }
    return pdf;
  }

  static synchronized byte[] xlsx() {
    if (xlsx == null) {
      xlsx = new EvaluationReports().xlsx(evaluation());
    }
    return xlsx;
  }
}
