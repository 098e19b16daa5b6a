package vn.qcdc.official;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.qcdc.assessment.EvaluationService;
import vn.qcdc.assessment.StoredEvaluation;
import vn.qcdc.commune.Communes;
import vn.qcdc.evaluation.BatchRunner;
import vn.qcdc.review.Appraised;
import vn.qcdc.review.AppraisalRequest;
import vn.qcdc.review.AppraisalService;
import vn.qcdc.ruleset.RuleSetRecords;

/**
 * After a rule change, one action re-evaluates every official result that is not final and was made with a rule set
 * no longer in force: the same submitted version with the rule set in force, its appraisals carried over where the
 * criterion still takes those points. It runs in the background, one run at a time, and keeps what moved. The
 * commune-years of a run are evaluated on all cores through {@link BatchRunner} (the batch path of the command line
 * and the impact preview); their writes take the ledger's writer lock one at a time.
 */
@Service
public class BulkReevaluation {

  private static final Logger LOG = LoggerFactory.getLogger(BulkReevaluation.class);

  /** One commune-year of a run: from which result to which, and the appraisals carried over or dropped. */
  public record Moved(String communeCode, int year, long fromEvaluation, Long toEvaluation, BigDecimal fromTotal,
      String fromGrade, BigDecimal toTotal, String toGrade, List<String> carried, List<String> dropped, String error) {

    /** Whether the total or the grade changed. */
    public boolean moved() {
      return error == null && (fromTotal.compareTo(toTotal) != 0 || !fromGrade.equals(toGrade));
    }
  }

  /** A run: its progress ({@code done} of {@code total}) and, line by line, what it did. */
  public record Job(String id, String startedBy, Instant startedAt, String ruleSetHash, String state, int total,
      int done, List<Moved> results, Instant finishedAt) {}

  private final OfficialResults results;
  private final Communes communes;
  private final EvaluationService evaluations;
  private final AppraisalService appraisals;
  private final RuleSetRecords rules;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "bulk-reevaluation");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private volatile Job latest;

  BulkReevaluation(OfficialResults results, Communes communes, EvaluationService evaluations,
      AppraisalService appraisals, RuleSetRecords rules) {
    this.results = results;
    this.communes = communes;
    this.evaluations = evaluations;
    this.appraisals = appraisals;
    this.rules = rules;
  }

  /** The official results that are not final and were made with a rule set no longer in force. */
  public List<ResultView> stale() {
    return officialResults(ResultView.RulesMark.OLD_RULES);
  }

  /** The signed-off results made with a rule set no longer in force: final, kept as they were made. */
  public List<ResultView> finalOnEarlierRules() {
    return officialResults(ResultView.RulesMark.RULES_OF_DATE);
  }

  /** Starts a run over the stale results, or returns the run still going. */
  public synchronized Job start() {
    if (latest != null && latest.state().equals("RUNNING")) {
      return latest;
    }
    List<ResultView> todo = stale();
    Authentication by = SecurityContextHolder.getContext().getAuthentication();
    Job job = new Job(UUID.randomUUID().toString(), by == null ? "system" : by.getName(), Instant.now(),
        rules.inForce(), "RUNNING", todo.size(), 0, List.of(), null);
    update(job);
    worker.submit(() -> run(job, todo, by));
    return job;
  }

  public Optional<Job> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  public Optional<Job> latest() {
    return Optional.ofNullable(latest);
  }

  private void run(Job job, List<ResultView> todo, Authentication by) {
    List<Moved> done = Collections.synchronizedList(new ArrayList<>());
    try {
      BatchRunner.run(todo, BatchRunner.cores(), v -> {
        SecurityContextHolder.getContext().setAuthentication(by);
        try {
          Moved moved = reevaluate(v, job);
          synchronized (done) {
            done.add(moved);
            update(new Job(job.id(), job.startedBy(), job.startedAt(), job.ruleSetHash(), "RUNNING", job.total(),
                done.size(), List.copyOf(done), null));
          }
          return moved;
        } finally {
          SecurityContextHolder.clearContext();
        }
      }, (outcome, count, total) -> { }, e -> false);
    } finally {
      // Done in the order of the stale list, whichever thread finished first.
      Map<Long, Integer> order = new java.util.HashMap<>();
      todo.forEach(v -> order.putIfAbsent(v.evaluation().id(), order.size()));
      List<Moved> inOrder = new ArrayList<>(done);
      inOrder.sort(java.util.Comparator.comparing(m -> order.getOrDefault(m.fromEvaluation(), Integer.MAX_VALUE)));
      update(new Job(job.id(), job.startedBy(), job.startedAt(), job.ruleSetHash(), "DONE", job.total(),
          inOrder.size(), List.copyOf(inOrder), Instant.now()));
      LOG.info("bulk re-evaluation id={} by={} ruleSet={} results={} moved={}", job.id(), job.startedBy(),
          job.ruleSetHash(), done.size(), done.stream().filter(Moved::moved).count());
    }
  }

  private Moved reevaluate(ResultView v, Job job) {
    StoredEvaluation old = v.evaluation();
    try {
      StoredEvaluation now = evaluations.reevaluateForRuleSet(old.id(), "Chấm lại sau khi bộ quy tắc thay đổi (bộ "
          + "quy tắc " + job.ruleSetHash().substring(0, 12) + ", lần chấm lại " + job.id().substring(0, 8) + ").");
      ResultView reevaluated = results.of(now.id()).orElseThrow();
      List<String> carried = new ArrayList<>();
      List<String> dropped = new ArrayList<>();
      for (Appraised a : latestPerCriterion(v)) {
        boolean already = reevaluated.result().appraisal(a.criterion())
            .filter(b -> b.points().compareTo(a.points()) == 0).isPresent();
        try {
          if (!already) {
            appraisals.appraise(now.id(), new AppraisalRequest(a.criterion(), a.points(), "[Giữ từ lần chấm "
                + old.id() + "] " + a.reason()));
          }
          carried.add(a.criterion());
        } catch (RuntimeException e) {
          dropped.add(a.criterion() + ": " + e.getMessage());
        }
      }
      ResultView after = results.of(now.id()).orElseThrow();
      return new Moved(old.communeCode(), old.year(), old.id(), now.id(), v.result().total(),
          v.result().grade().name(), after.result().total(), after.result().grade().name(), carried, dropped, null);
    } catch (RuntimeException e) {
      LOG.warn("bulk re-evaluation id={}: {} {} not re-evaluated: {}", job.id(), old.communeCode(), old.year(),
          e.getMessage());
      return new Moved(old.communeCode(), old.year(), old.id(), null, v.result().total(), v.result().grade().name(),
          null, null, List.of(), List.of(), e.getMessage());
    }
  }

  private static List<Appraised> latestPerCriterion(ResultView v) {
    Map<String, Appraised> latest = new java.util.LinkedHashMap<>();
    v.result().appraisals().forEach(a -> latest.put(a.criterion(), a));
    return List.copyOf(latest.values());
  }

  private List<ResultView> officialResults(ResultView.RulesMark mark) {
    List<ResultView> out = new ArrayList<>();
    communes.all().forEach(c -> results.perYear(c.code()).values().stream()
        .filter(v -> v.rulesMark() == mark).forEach(out::add));
    return out;
  }

  private void update(Job job) {
    jobs.put(job.id(), job);
    latest = job;
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
