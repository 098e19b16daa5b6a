package vn.qcdc.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.InvalidDossierException;
import vn.qcdc.evaluation.AdjustmentResult;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.PartResult;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RunLimits;
import vn.qcdc.rulebase.RunawayEvaluationException;

/** Runs scenario cases against a rule set: each case's dossier goes through the real reader and evaluator. */
public final class ScenarioRunner {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RuleSet ruleSet;
  private final ObjectNode base;
  private final DossierReader reader = DossierReader.withoutEvaluationDay();
  private final Evaluator evaluator = new Evaluator(RunLimits.SCENARIO);

  public ScenarioRunner(RuleSet ruleSet, ObjectNode base) {
    this.ruleSet = ruleSet;
    this.base = base;
  }

  /**
   * Runs every case, on every core (each case is its own confined rule run). The first case whose rules run away
   * stops the rest: a rule that never ends would otherwise cost its time limit once per case.
   */
  public List<ScenarioResult> runAll(List<Scenario> scenarios) {
    int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
    AtomicBoolean ranAway = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "scenario-runner");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ScenarioResult>> futures = new ArrayList<>();
      for (Scenario s : scenarios) {
        futures.add(pool.submit(() -> ranAway.get() ? notRun(s) : run(s, ranAway)));
      }
      List<ScenarioResult> results = new ArrayList<>();
      for (Future<ScenarioResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scenario run interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  public ScenarioResult run(Scenario s) {
    return run(s, new AtomicBoolean());
  }

  private ScenarioResult run(Scenario s, AtomicBoolean ranAway) {
    Evaluation evaluation;
    try {
      byte[] json = JSON.writeValueAsBytes(dossier(s));
      evaluation = evaluator.evaluate(ruleSet, reader.read(json));
    } catch (RunawayEvaluationException e) {
      ranAway.set(true);
      return new ScenarioResult(s, List.of(e.getMessage()),
          e.rule() == null ? "" : e.rule());
    } catch (InvalidDossierException e) {
      return new ScenarioResult(s, List.of("the case's dossier is invalid: " + e.getMessage().replace('\n', ';')));
    } catch (Exception e) {
      return new ScenarioResult(s, List.of("evaluation failed: " + e.getMessage()));
    }
    return new ScenarioResult(s, differences(s, evaluation));
  }

  private static ScenarioResult notRun(Scenario s) {
    return new ScenarioResult(s, List.of("not run: the rules ran away in an earlier case"));
  }

  /** The base dossier with the case's sections laid over it; {@code commune} and {@code period} are merged field by field. */
  ObjectNode dossier(Scenario s) {
    ObjectNode dossier = base.deepCopy();
    if (s.dossier() != null) {
      s.dossier().properties().forEach(e -> {
        JsonNode current = dossier.get(e.getKey());
        if (current instanceof ObjectNode target && e.getValue().isObject()
            && (e.getKey().equals("commune") || e.getKey().equals("period"))) {
          target.setAll((ObjectNode) e.getValue());
        } else {
          dossier.set(e.getKey(), e.getValue());
        }
      });
    }
    return dossier;
  }

  private List<String> differences(Scenario s, Evaluation evaluation) {
    List<String> out = new ArrayList<>();
    Scenario.Expectation x = s.expect();
    if (s.criterion() != null) {
      Finding f;
      try {
        f = evaluation.finding(s.criterion());
      } catch (IllegalArgumentException e) {
        return List.of("criterion " + s.criterion() + " is not in the catalogue");
      }
      compare(out, s.criterion() + " state", x.state(), f.state().name());
      compare(out, s.criterion() + " points", x.points(), f.points());
      if (x.parts() != null) {
        x.parts().forEach((id, px) -> {
          PartResult p = f.parts().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
          if (p == null) {
            out.add(s.criterion() + " has no part " + id);
          } else {
            compare(out, s.criterion() + "(" + id + ") state", px.state(), p.state().name());
            compare(out, s.criterion() + "(" + id + ") points", px.points(), p.points());
          }
        });
      }
      if (x.warnings() != null && !new TreeSet<>(x.warnings()).equals(new TreeSet<>(f.warnings()))) {
        out.add(s.criterion() + " warnings: expected " + x.warnings() + ", got " + f.warnings());
      }
      texts(out, s.criterion() + " legal basis", x.cites(), x.doesNotCite(), f.legalBasis());
      texts(out, s.criterion() + " sentences", x.says(), null, sentences(f));
      if (!out.isEmpty()) {
        out.add("explanation: " + f.explanation().vi());
      }
    }
    compare(out, "total", x.total(), evaluation.total());
    compare(out, "grade", x.grade() == null ? null : x.grade().name(), evaluation.grade().name());
    if (x.adjustments() != null) {
      for (Map.Entry<String, BigDecimal> e : x.adjustments().entrySet()) {
        BigDecimal actual = evaluation.adjustments().stream().filter(a -> a.id().equals(e.getKey()))
            .map(AdjustmentResult::points).findFirst().orElse(null);
        compare(out, "adjustment " + e.getKey(), e.getValue(), actual);
      }
    }
    return out;
  }

  /** What a finding says in Vietnamese: its explanation, then the sentence of every check (met or not), one a line. */
  private String sentences(Finding f) {
    List<String> lines = new ArrayList<>(List.of(f.explanation().vi()));
    f.parts().forEach(p -> p.checks().forEach(c -> lines.add(c.text().vi())));
    return String.join("\n", lines);
  }

  /** Each of {@code present} must be inside {@code actual}, none of {@code absent}. */
  private static void texts(List<String> out, String what, List<String> present, List<String> absent, String actual) {
    String text = actual == null ? "" : actual;
    if (present != null) {
      present.stream().filter(t -> !text.contains(t))
          .forEach(t -> out.add(what + ": expected to contain \"" + t + "\", got \"" + text + "\""));
    }
    if (absent != null) {
      absent.stream().filter(text::contains)
          .forEach(t -> out.add(what + ": expected not to contain \"" + t + "\", got \"" + text + "\""));
    }
  }

  private static void compare(List<String> out, String what, Object expected, Object actual) {
    if (expected == null) {
      return;
    }
    boolean same = expected instanceof BigDecimal e && actual instanceof BigDecimal a ? e.compareTo(a) == 0
        : expected.equals(actual);
    if (!same) {
      out.add(what + ": expected " + plain(expected) + ", got " + plain(actual));
    }
  }

  private static String plain(Object v) {
    return v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v);
  }
}
