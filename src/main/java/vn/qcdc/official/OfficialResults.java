package vn.qcdc.official;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.qcdc.assessment.EvaluationRepository;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.lifecycle.CommuneYear;
import vn.qcdc.lifecycle.Lifecycle;
import vn.qcdc.review.AppraisalService;
import vn.qcdc.ruleset.RuleSetRecords;

/**
 * The one definition of the official result of a commune-year: the latest official evaluation of the latest submitted
 * version ({@link CommuneYear#officialEvaluationId()}), read back as the engine's typed result, with its appraisals
 * applied and its adjustments and grade recomputed from the appraised points. A year without it has no official
 * result: a draft's preview is never one. Every page, report and API answer that shows a result reads it here.
 */
@Service
public class OfficialResults {

  private final EvaluationRepository evaluations;
  private final AppraisalService appraisals;
  private final Lifecycle lifecycle;
  private final RuleSetRecords rules;
  private final DossierRepository dossiers;

  OfficialResults(EvaluationRepository evaluations, AppraisalService appraisals, Lifecycle lifecycle,
      RuleSetRecords rules, DossierRepository dossiers) {
    this.dossiers = dossiers;
    this.evaluations = evaluations;
    this.appraisals = appraisals;
    this.lifecycle = lifecycle;
    this.rules = rules;
  }

  /** The official result of a commune-year, if it has one. */
  public Optional<ResultView> ofYear(String commune, int year) {
    CommuneYear y = lifecycle.year(commune, year);
    return y.officialEvaluationId().flatMap(evaluations::find).map(e -> view(e, y));
  }

  /** The official result of each year of a commune that has one, by year. */
  public SortedMap<Integer, ResultView> perYear(String commune) {
    SortedMap<Integer, ResultView> out = new TreeMap<>();
    for (CommuneYear y : lifecycle.yearsOf(commune)) {
      y.officialEvaluationId().flatMap(evaluations::find).ifPresent(e -> out.put(y.year(), view(e, y)));
    }
    return out;
  }

  /**
   * Every year of a commune with a dossier or a step in its lifecycle, oldest first: its state, whether or not it has
   * an official result (a year with drafts only is "Đang lập hồ sơ").
   */
  public List<CommuneYear> years(String commune) {
    Map<Integer, CommuneYear> byYear = new TreeMap<>();
    lifecycle.yearsOf(commune).forEach(y -> byYear.put(y.year(), y));
    dossiers.list(commune, null).forEach(d -> byYear.putIfAbsent(d.year(), new CommuneYear(commune, d.year(),
        List.of())));
    return List.copyOf(byYear.values());
  }

  /**
   * The given year of every commune that has a dossier or a step for it, keyed by commune code: the province's view
   * of the year, whether or not each has an official result.
   */
  public Map<String, CommuneYear> yearOfEveryCommune(int year) {
    Map<String, CommuneYear> byCommune = new TreeMap<>();
    lifecycle.years(year).values().forEach(y -> byCommune.put(y.communeCode(), y));
    dossiers.list(null, year).forEach(d -> byCommune.putIfAbsent(d.communeCode(), new CommuneYear(d.communeCode(),
        year, List.of())));
    return byCommune;
  }

  /** The years that have a dossier, oldest first. */
  public List<Integer> yearsWithDossiers() {
    return dossiers.list(null, null).stream().map(d -> d.year()).distinct().sorted().toList();
  }

  /** A stored evaluation as the surfaces show it, marked official or not. */
  public Optional<ResultView> of(long evaluationId) {
    return evaluations.find(evaluationId).map(e -> view(e, lifecycle.year(e.communeCode(), e.year())));
  }

  /** Every evaluation of the given communes as the surfaces show it, oldest year first. */
  public List<ResultView> history(Collection<String> communes) {
    return of(evaluations.list(communes, null));
  }

  /** Stored evaluations (listings, without their results) as the surfaces show them, in the given order. */
  public List<ResultView> of(Collection<StoredEvaluation> listed) {
    return listed.stream().map(e -> of(e.id()).orElseThrow()).toList();
  }

  /** The rule set a result names: since when, and whether it is still in force. */
  public RulesUsed rulesUsed(String hash) {
    return new RulesUsed(hash, rules.firstActivated(hash).orElse(null), hash.equals(rules.inForce()));
  }

  private ResultView view(StoredEvaluation e, CommuneYear y) {
    boolean official = y.officialEvaluationId().filter(id -> id == e.id()).isPresent();
    return new ResultView(e, appraisals.appraised(e), y, official, rulesUsed(e.ruleSetHash()));
  }
}
