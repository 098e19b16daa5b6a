package vn.qcdc.ruleset;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Watches the working rules folder by hashing its content every {@code qcdc.rules.watch-interval} (a periodic scan
 * works on every file system, including bind mounts and network shares where file-change events are lost). A change
 * is tried once the folder has stayed unchanged for {@code qcdc.rules.debounce}. Also compares, every
 * {@code qcdc.rules.sync-interval}, this instance's rule set with the one in force in the database.
 */
@Component
class RuleSetWatcher implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(RuleSetWatcher.class);

  private final RuleSetManager manager;
  private final RulesProperties properties;
  private ScheduledExecutorService scheduler;
  private String lastSeen;
  private long changedAt;
  private boolean pending;
  private volatile Instant lastScan = Instant.now();

  RuleSetWatcher(RuleSetManager manager, RulesProperties properties) {
    this.manager = manager;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "rule-set-watcher");
      t.setDaemon(true);
      return t;
    });
    long sync = properties.syncInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::sync, sync, sync, TimeUnit.MILLISECONDS);
    if (properties.watch()) {
      lastSeen = hashOrNull(manager.workingFolder());
      changedAt = System.nanoTime();
      pending = true;
      long every = properties.watchInterval().toMillis();
      scheduler.scheduleWithFixedDelay(this::scan, every, every, TimeUnit.MILLISECONDS);
      LOG.info("watching the rules folder {} every {} ms (debounce {} ms)", manager.workingFolder(), every,
          properties.debounce().toMillis());
    }
  }

  private void sync() {
    try {
      manager.syncFromDatabase();
    } catch (Throwable e) {
      LOG.warn("could not compare the rule set with the database: {}", e.toString());
    }
  }

  /** One look at the folder; package-visible so tests may drive it without waiting. */
  void scan() {
    try {
      Path folder = manager.workingFolder();
      String hash = hashOrNull(folder);
      long now = System.nanoTime();
      if (hash == null || !hash.equals(lastSeen)) {
        lastSeen = hash;
        changedAt = now;
        pending = true;
        return;
      }
      if (!pending || now - changedAt < properties.debounce().toNanos()) {
        return;
      }
      pending = false;
      RuleSetManager.Attempt rejected = manager.lastRejected();
      if (hash.equals(manager.active().current().hash())
          || rejected != null && hash.equals(rejected.hash()) && "watcher".equals(rejected.reason())) {
        return;
      }
      LOG.info("the rules folder {} changed (hash={}); checking it", folder, hash);
      manager.activate(folder, "watcher", "watcher");
    } catch (Throwable e) {
      // A scheduled task that throws is never run again: whatever a candidate does, the watcher keeps watching.
      LOG.warn("rules folder watch failed: {}", e.toString());
    } finally {
      lastScan = Instant.now();
    }
  }

  /** Whether the folder is being watched now: scans are scheduled and the last one ended recently. */
  boolean watching() {
    Instant last = lastScan;
    return scheduler != null && !scheduler.isShutdown() && properties.watch() && last != null
        && Duration.between(last, Instant.now()).compareTo(properties.watchInterval().multipliedBy(20)
            .plus(Duration.ofMinutes(2))) < 0;
  }

  private static String hashOrNull(Path folder) {
    try {
      return RuleFolder.hash(folder);
    } catch (Exception e) {
      return null;
    }
  }

  @Override
  public void destroy() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }
}
