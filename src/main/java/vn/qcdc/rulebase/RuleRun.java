package vn.qcdc.rulebase;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qcdc.i18n.Message;

/**
 * One run of a rule set over a dossier's facts, confined: it runs on a thread of its own (with the application's class
 * loader, whatever thread asked), and a watchdog cuts it off at its {@link RunLimits} even inside a consequence that
 * never returns. The caller waits at most the time limit and a short grace; the service keeps answering.
 */
final class RuleRun {

  private static final Logger LOG = LoggerFactory.getLogger(RuleRun.class);
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final AtomicInteger NUMBER = new AtomicInteger();
  private static final long POLL_MS = 50;
  private static final long GRACE_MS = 2_000;
  /** Runs in progress, so that a shortage of memory can stop the one that allocates most. */
  static final Set<RuleRun> RUNNING = ConcurrentHashMap.newKeySet();

  private final RunLimits limits;
  private final long maxInsertions;
  private final long maxBytes;
  private final Map<String, Integer> firings = new HashMap<>();
  private volatile String currentRule;
  private volatile Message cutOff;
  private volatile KieSession session;
  private volatile Thread worker;
  private long fired;
  private long inserted;
  private long startBytes;
  private List<Object> results;
  private Throwable failure;

  private RuleRun(RunLimits limits, int facts) {
    this.limits = limits;
    this.maxInsertions = limits.maxInsertions(facts);
    this.maxBytes = limits.maxBytes(facts);
  }

  /** Fires {@code kieBase} once over {@code facts}; returns the objects {@code resultTypes} accepts. */
  static List<Object> fire(KieBase kieBase, Collection<?> facts, Map<String, Object> globals,
      Predicate<Object> resultTypes, RunLimits limits) {
    LowMemory.watch();
    RuleRun run = new RuleRun(limits, facts.size());
    Thread thread = new Thread(() -> run.work(kieBase, facts, globals, resultTypes),
        "rule-run-" + NUMBER.incrementAndGet());
    thread.setDaemon(true);
    thread.setContextClassLoader(RuleRun.class.getClassLoader());
    run.worker = thread;
    RUNNING.add(run);
    try {
      thread.start();
      run.watch();
    } finally {
      RUNNING.remove(run);
    }
    if (run.cutOff != null) {
      throw run.runaway(run.cutOff);
    }
    if (run.failure instanceof RuntimeException e) {
      throw e;
    }
    if (run.failure instanceof Error e) {
      throw e;
    }
    return run.results;
  }

  private void work(KieBase kieBase, Collection<?> facts, Map<String, Object> globals, Predicate<Object> resultTypes) {
    startBytes = THREADS.getCurrentThreadAllocatedBytes();
    KieSession s = null;
    try {
      s = kieBase.newKieSession();
      session = s;
      globals.forEach(s::setGlobal);
      facts.forEach(s::insert);
      s.addEventListener(new Agenda());
      s.addEventListener(new Insertions());
      fired = s.fireAllRules(limits.maxFirings());
      if (cutOff == null && fired >= limits.maxFirings()) {
        cutOff = Message.of("rules.runaway.firings", limits.maxFirings());
      }
      if (cutOff == null) {
        results = new ArrayList<>(s.getObjects(resultTypes::test));
      }
    } catch (Throwable t) {
      Throwable cause = root(t);
      if (cause instanceof RunawayEvaluationException || cutOff != null) {
        cutOff = cutOff != null ? cutOff : ((RunawayEvaluationException) cause).limit();
      } else if (cause instanceof OutOfMemoryError) {
        cutOff = Message.of("rules.runaway.memory");
      } else if (cause instanceof StackOverflowError) {
        cutOff = Message.of("rules.runaway.depth");
      } else {
        failure = t;
      }
    } finally {
      if (s != null) {
        s.dispose();
      }
    }
  }

  /** Waits for the worker; cuts it off at the time or memory limit, or when the server runs short of memory. */
  @SuppressWarnings("deprecation")
  private void watch() {
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    try {
      while (worker.isAlive()) {
        worker.join(POLL_MS);
        if (!worker.isAlive()) {
          break;
        }
        if (System.nanoTime() > deadline) {
          cutOff = Message.of("rules.runaway.time", limits.timeout().toSeconds());
        } else if (allocated() > maxBytes) {
          cutOff = Message.of("rules.runaway.allocated", maxBytes >> 20);
        }
        if (cutOff != null) {
          stop();
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cutOff = Message.of("rules.runaway.interrupted");
      stop();
    }
  }

  /** Halts the session and, if the worker is stuck inside a consequence, stops its thread. */
  @SuppressWarnings({"deprecation", "removal"})
  private void stop() {
    KieSession s = session;
    if (s != null) {
      s.halt();
    }
    worker.interrupt();
    try {
      worker.join(GRACE_MS);
      if (worker.isAlive()) {
        LOG.error("a rule run did not stop at its limit ({}) in rule \"{}\"; stopping its thread", cutOff,
            currentRule);
        try {
          worker.stop();
        } catch (UnsupportedOperationException e) {
          LOG.error("this Java cannot stop a thread; rule run {} is abandoned", worker.getName());
        }
        worker.join(GRACE_MS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the run to stop (a shortage of memory); the watchdog does the rest. */
  void cutOff(Message reason) {
    if (cutOff == null) {
      cutOff = reason;
    }
  }

  long allocated() {
    long bytes = THREADS.getThreadAllocatedBytes(worker.getId());
    return bytes < 0 ? 0 : bytes - startBytes;
  }

  private RunawayEvaluationException runaway(Message limit) {
    Map<String, Integer> top = new LinkedHashMap<>();
    synchronized (firings) {
      firings.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
          .forEach(e -> top.put(e.getKey(), e.getValue()));
    }
    return new RunawayEvaluationException(limit, currentRule, top);
  }

  private void checkLimits() {
    if (cutOff != null) {
      throw new RunawayEvaluationException(cutOff, currentRule, Map.of());
    }
    if (THREADS.getCurrentThreadAllocatedBytes() - startBytes > maxBytes) {
      cutOff = Message.of("rules.runaway.allocated", maxBytes >> 20);
      throw new RunawayEvaluationException(cutOff, currentRule, Map.of());
    }
  }

  private static Throwable root(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }

  /** Counts firings and remembers the rule being fired. */
  private final class Agenda extends DefaultAgendaEventListener {
    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
      currentRule = event.getMatch().getRule().getName();
      checkLimits();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
      synchronized (firings) {
        firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
      }
    }
  }

  /** Counts the facts the rules insert; throwing here ends the consequence that inserts one too many. */
  private final class Insertions extends DefaultRuleRuntimeEventListener {
    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      if (event.getRule() == null) {
        return;
      }
      if (++inserted > maxInsertions) {
        cutOff = Message.of("rules.runaway.inserted", maxInsertions);
      }
      checkLimits();
    }
  }
}
