package vn.qcdc.rulebase;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/** Stops a session whose rules fire too often or run too long, and remembers which rules fired most. */
final class FiringGuard extends DefaultAgendaEventListener {

  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "rule-watchdog");
    t.setDaemon(true);
    return t;
  });

  private final Map<String, Integer> firings = new HashMap<>();
  private final AtomicBoolean timedOut = new AtomicBoolean();

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
  }

  /** Fires all rules, halting the session after {@code maxFirings} firings or {@code timeout}. */
  void fire(KieSession session, int maxFirings, Duration timeout) {
    session.addEventListener(this);
    ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
      timedOut.set(true);
      session.halt();
    }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    int fired;
    try {
      fired = session.fireAllRules(maxFirings);
    } finally {
      alarm.cancel(false);
    }
    if (timedOut.get()) {
      throw new RunawayEvaluationException("it ran longer than " + timeout.toSeconds() + " s", top());
    }
    if (fired >= maxFirings) {
      throw new RunawayEvaluationException("the rules fired more than " + maxFirings + " times", top());
    }
  }

  private Map<String, Integer> top() {
    Map<String, Integer> top = new LinkedHashMap<>();
    firings.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }
}
