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
import vn.qcdc.i18n.Message;
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
      return new ScenarioResult(s, List.of(Message.of("scenario.stopped", e.text())),
          e.rule() == null ? "" : e.rule());
    } catch (InvalidDossierException e) {
      return new ScenarioResult(s, List.of(Message.of("scenario.dossier.invalid",
          e.getMessage().replace('\n', ';'))));
    } catch (Exception e) {
      return new ScenarioResult(s, List.of(Message.of("scenario.evaluation.failed", String.valueOf(e.getMessage()))));
    }
    return new ScenarioResult(s, differences(s, evaluation));
  }

  private static ScenarioResult notRun(Scenario s) {
    return new ScenarioResult(s, List.of(Message.of("scenario.notRun")));
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

  /**
   * What differs from the case's expectations, as texts of the bundles: states and grades by their labels, numbers as
   * numbers, so that each page writes them in its language.
   */
  private List<Message> differences(Scenario s, Evaluation evaluation) {
    List<Message> out = new ArrayList<>();
    Scenario.Expectation x = s.expect();
    if (s.criterion() != null) {
      Finding f;
      try {
        f = evaluation.finding(s.criterion());
      } catch (IllegalArgumentException e) {
        return List.of(Message.of("scenario.criterion.unknown", s.criterion()));
      }
      compare(out, "scenario.state", label("state.", x.state()), label("state.", f.state().name()), s.criterion());
      compare(out, "scenario.points", x.points(), f.points(), s.criterion());
      if (x.parts() != null) {
        x.parts().forEach((id, px) -> {
          PartResult p = f.parts().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
          if (p == null) {
            out.add(Message.of("scenario.part.missing", s.criterion(), id));
          } else {
            compare(out, "scenario.part.state", label("state.", px.state()), label("state.", p.state().name()),
                s.criterion(), id);
            compare(out, "scenario.part.points", px.points(), p.points(), s.criterion(), id);
          }
        });
      }
      if (x.warnings() != null && !new TreeSet<>(x.warnings()).equals(new TreeSet<>(f.warnings()))) {
        out.add(Message.of("scenario.warnings", s.criterion(), String.join(", ", x.warnings()),
            String.join(", ", f.warnings())));
      }
      texts(out, "scenario.cites", s.criterion(), x.cites(), x.doesNotCite(), f.legalBasis());
      texts(out, "scenario.says", s.criterion(), x.says(), null, sentences(f));
      if (!out.isEmpty()) {
        out.add(Message.of("scenario.explanation", f.explanation().vi(), f.explanation().en()));
      }
    }
    compare(out, "scenario.total", x.total(), evaluation.total());
    compare(out, "scenario.grade", x.grade() == null ? null : label("grade.", x.grade().name()),
        label("grade.", evaluation.grade().name()));
    if (x.adjustments() != null) {
      for (Map.Entry<String, BigDecimal> e : x.adjustments().entrySet()) {
        BigDecimal actual = evaluation.adjustments().stream().filter(a -> a.id().equals(e.getKey()))
            .map(AdjustmentResult::points).findFirst().orElse(null);
        compare(out, "scenario.adjustment", e.getValue(), actual, e.getKey());
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

  /** Each of {@code present} must be inside {@code actual}, none of {@code absent} ({@code key}.missing/.present). */
  private static void texts(List<Message> out, String key, String criterion, List<String> present, List<String> absent,
      String actual) {
    String text = actual == null ? "" : actual;
    if (present != null) {
      present.stream().filter(t -> !text.contains(t))
          .forEach(t -> out.add(Message.of(key + ".missing", criterion, t, text)));
    }
    if (absent != null) {
      absent.stream().filter(text::contains)
          .forEach(t -> out.add(Message.of(key + ".present", criterion, t, text)));
    }
  }

  /**
   * Adds {@code key} when {@code actual} is not {@code expected} (nothing expected: nothing to compare); its arguments
   * are {@code before}, then expected and actual. Decimals compare by value (1 is 1.00).
   */
  private static void compare(List<Message> out, String key, Object expected, Object actual, Object... before) {
    if (expected == null) {
      return;
    }
    boolean same = expected instanceof BigDecimal e && actual instanceof BigDecimal a ? e.compareTo(a) == 0
        : expected.equals(actual);
    if (!same) {
      List<Object> args = new ArrayList<>(List.of(before));
      args.add(plain(expected));
      args.add(plain(actual));
      out.add(Message.of(key, args.toArray()));
    }
  }

  /** A decimal without trailing zeros (still a number, so each language writes its own separator). */
  private static Object plain(Object v) {
    return v instanceof BigDecimal d ? d.stripTrailingZeros() : v;
  }

  /** The label of an enum value ({@code state.PARTIAL}), or null when nothing is expected. */
  private static Message label(String prefix, String name) {
    return name == null ? null : Message.of(prefix + name);
  }
}
