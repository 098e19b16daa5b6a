package vn.qcdc.ruleset;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.evaluation.BatchRunner;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.i18n.Message;
import vn.qcdc.intake.DossierRepository;
import vn.qcdc.intake.StoredDossier;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetProblem;
import vn.qcdc.rulebase.RunawayEvaluationException;

/**
 * What a candidate rule set would change: the newest dossier of every commune and year (or those filtered) is
 * evaluated with the rule set in force and with the candidate, in memory only (nothing is stored), in the background.
 */
@Service
public class ImpactPreview implements DisposableBean {

  /**
   * The candidate: edits (relative path → new text, null to delete) over the working folder, and a filter. A
   * candidate is always text sent by the user, never a path of the server.
   */
  public record Request(Map<String, String> edits, String communeCode, Integer year) {}

  public record CriterionChange(String criterion, String oldState, BigDecimal oldPoints, String newState,
      BigDecimal newPoints) {}

  /**
   * One dossier evaluated both ways.
   *
   * @param changed whether its total, grade or a criterion's state or points move
   * @param citations the criteria whose legal basis or warnings change (points may stay the same)
   */
  public record Row(String communeCode, int year, long dossierId, BigDecimal oldTotal, String oldGrade,
      BigDecimal newTotal, String newGrade, boolean changed, List<CriterionChange> criteria, String error,
      List<String> citations) {}

  /** A preview job; {@code results} is filled when {@code state} is DONE. */
  public record Job(String id, String state, Instant startedAt, Instant finishedAt, String inForceHash,
      String candidateHash, int done, int total, List<RuleSetProblem> problems,
      List<RuleSetCheck.FailedScenario> failedScenarios, int changed, List<Row> results, Message error) {

    /** How many dossiers of each year the preview evaluated (a change of law from a date moves only later years). */
    public Map<Integer, Long> dossiersByYear() {
      return results.stream().collect(Collectors.groupingBy(Row::year, TreeMap::new, Collectors.counting()));
    }

    /** How many dossiers cite another legal basis or get other warnings. */
    public long citationsChanged() {
      return results.stream().filter(r -> !r.citations().isEmpty()).count();
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(ImpactPreview.class);
  private static final int KEEP = 20;

  private final RuleSetManager manager;
  private final DossierRepository dossiers;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "rule-set-preview");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Running> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Running> eldest) {
      return size() > KEEP;
    }
  });

  public ImpactPreview(RuleSetManager manager, DossierRepository dossiers) {
    this.manager = manager;
    this.dossiers = dossiers;
  }

  /** The candidate's files, or IllegalArgumentException if the request names no readable candidate. */
  Map<String, String> candidate(Request request) {
    Map<String, String> files = new TreeMap<>(RuleFolder.read(manager.workingFolder()));
    if (request.edits() != null) {
      Path root = Path.of("/candidate");
      request.edits().forEach((name, text) -> {
        String key = RuleFolder.relative(root, RuleFolder.resolveInside(root, name));
        if (text == null) {
          files.remove(key);
        } else {
          files.put(key, text);
        }
      });
    }
    return files;
  }

  public Job start(Request request) {
    Map<String, String> files = candidate(request);
    Running job = new Running(UUID.randomUUID().toString(), RuleSetManager.hash(files), manager.active().current());
    jobs.put(job.id, job);
    executor.submit(() -> job.run(files, request));
    return job.view();
  }

  public java.util.Optional<Job> find(String id) {
    Running job = jobs.get(id);
    return job == null ? java.util.Optional.empty() : java.util.Optional.of(job.view());
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }

  private final class Running {
    final String id;
    final String candidateHash;
    final RuleSet inForce;
    final Instant startedAt = Instant.now();
    final AtomicInteger done = new AtomicInteger();
    volatile int total;
    volatile String state = "CHECKING";
    volatile Instant finishedAt;
    volatile RuleSetCheck check;
    volatile List<Row> results = List.of();
    /** Why the run stopped, in the bundles' words (the page writes it in its language, the API in Vietnamese). */
    volatile Message error;

    Running(String id, String candidateHash, RuleSet inForce) {
      this.id = id;
      this.candidateHash = candidateHash;
      this.inForce = inForce;
    }

    Job view() {
      RuleSetCheck c = check;
      List<Row> r = results;
      return new Job(id, state, startedAt, finishedAt, inForce.hash(), candidateHash, done.get(), total,
          c == null ? List.of() : c.problems(), c == null ? List.of() : c.failedScenarios(),
          (int) r.stream().filter(Row::changed).count(), r, error);
    }

    void run(Map<String, String> files, Request request) {
      try {
        check = manager.check(files);
        if (check.ruleSet() == null) {
          state = "INVALID";
          return;
        }
        RuleSet candidate = check.ruleSet();
        Map<String, StoredDossier> newest = new TreeMap<>();
        for (StoredDossier d : dossiers.list(request.communeCode(), request.year())) {
          newest.merge(d.communeCode() + "/" + d.year(), d, (a, b) -> a.version() >= b.version() ? a : b);
        }
        total = newest.size();
        state = "RUNNING";
        DossierReader reader = new DossierReader();
        Evaluator evaluator = new Evaluator();
        List<Row> rows = BatchRunner.run(new ArrayList<>(newest.values()), BatchRunner.cores(),
            d -> row(reader, evaluator, candidate, d), (o, n, all) -> done.incrementAndGet(),
            RunawayEvaluationException.class::isInstance).stream().map(BatchRunner.Outcome::result).toList();
        results = List.copyOf(rows);
        state = "DONE";
        LOG.info("rule set preview id={} inForce={} candidate={} dossiers={} changed={}", id, inForce.hash(),
            candidate.hash(), rows.size(), rows.stream().filter(Row::changed).count());
      } catch (RunawayEvaluationException e) {
        state = "FAILED";
        error = e.text();
        LOG.warn("rule set preview id={} stopped: {}", id, e.getMessage());
      } catch (RuntimeException e) {
        state = "FAILED";
        error = Message.of("ruleset.preview.failed", e.toString());
        LOG.warn("rule set preview id={} failed", id, e);
      } finally {
        finishedAt = Instant.now();
      }
    }

    Row row(DossierReader reader, Evaluator evaluator, RuleSet candidate, StoredDossier d) {
      try {
        ParsedDossier parsed = reader.read(dossiers.content(d.id()).orElseThrow());
        Evaluation before = evaluator.evaluate(inForce, parsed);
        Evaluation after = evaluator.evaluate(candidate, parsed);
        List<CriterionChange> changes = Differences.points(before, after);
        boolean changed = !changes.isEmpty() || !Differences.same(before.total(), after.total())
            || before.grade() != after.grade();
        return new Row(d.communeCode(), d.year(), d.id(), before.total(), before.grade().name(), after.total(),
            after.grade().name(), changed, changes, null, Differences.citations(before, after));
      } catch (RunawayEvaluationException e) {
        throw e;
      } catch (Exception e) {
        return new Row(d.communeCode(), d.year(), d.id(), null, null, null, null, false, List.of(), e.toString(),
            List.of());
      }
    }
  }
}
