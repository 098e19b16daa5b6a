package vn.qcdc.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.qcdc.assessment.EvaluationRepository;
import vn.qcdc.assessment.ResultJson;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.review.AppraisalService;
import vn.qcdc.review.Appraised;
import vn.qcdc.security.CurrentUser;

/** What the pages read, with the per-commune check of the API: a chairman reads their own commune only. */
@Component
class Results {

  private final EvaluationRepository evaluations;
  private final CommuneRepository communes;
  private final AppraisalService appraisals;

  Results(EvaluationRepository evaluations, CommuneRepository communes, AppraisalService appraisals) {
    this.evaluations = evaluations;
    this.communes = communes;
    this.appraisals = appraisals;
  }

  Commune commune(String code) {
    checkReadable(code);
    return communes.find(code).orElseThrow(() -> notFound("commune " + code));
  }

  List<Commune> communes() {
    return communes.findAll();
  }

  /** One evaluation with its full result, if the current user may read its commune. */
  StoredEvaluation evaluation(long id) {
    StoredEvaluation e = evaluations.find(id).orElseThrow(() -> notFound("evaluation " + id));
    checkReadable(e.communeCode());
    return e;
  }

  JsonNode result(StoredEvaluation e) {
    return ResultJson.read(e.resultJson());
  }

  List<Appraised> appraisals(long evaluationId) {
    return appraisals.of(evaluationId);
  }

  /** Every evaluation of the commune and of the communes merged into it, oldest first. */
  List<StoredEvaluation> history(String code) {
    checkReadable(code);
    return evaluations.list(communes.lineage(code), null);
  }

  /** The latest evaluation of each year (the one a year's figures come from), by year. */
  Map<Integer, StoredEvaluation> latestPerYear(List<StoredEvaluation> history) {
    Map<Integer, StoredEvaluation> byYear = new LinkedHashMap<>();
    history.stream().sorted(Comparator.comparingInt(StoredEvaluation::year).thenComparingLong(StoredEvaluation::id))
        .forEach(e -> byYear.put(e.year(), e));
    return byYear;
  }

  /** The latest evaluation of a commune for a year (any year when null), with its result. */
  Optional<StoredEvaluation> latest(String code, Integer year) {
    checkReadable(code);
    return evaluations.list(List.of(code), year).stream()
        .max(Comparator.comparingInt(StoredEvaluation::year).thenComparingLong(StoredEvaluation::id))
        .flatMap(e -> evaluations.find(e.id()));
  }

  /** The latest evaluation per commune and year over the whole province (summaries, without results). */
  List<StoredEvaluation> all(Integer year) {
    List<String> codes = communes.findAll().stream().map(Commune::code).toList();
    return List.copyOf(latestPerCommuneYear(evaluations.list(codes, year)).values());
  }

  private static Map<String, StoredEvaluation> latestPerCommuneYear(List<StoredEvaluation> list) {
    Map<String, StoredEvaluation> latest = new LinkedHashMap<>();
    list.forEach(e -> latest.put(e.communeCode() + "/" + e.year(), e));
    return latest;
  }

  static void checkReadable(String code) {
    if (!CurrentUser.mayRead(code)) {
      throw new AccessDeniedException("a chairman or officer reads their own commune only, not " + code);
    }
  }

  /** A stored finding's criterion title in the page's language ("en" or else Vietnamese). */
  static String title(JsonNode finding, String language) {
    JsonNode title = finding.path("title");
    return title.path("en".equals(language) ? "en" : "vi").asText(title.path("vi").asText());
  }

  static ResponseStatusException notFound(String what) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + what);
  }
}
