package vn.qcdc.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.qcdc.dossier.Hashes;
import vn.qcdc.i18n.Message;
import vn.qcdc.rulebase.InvalidRuleSetException;
import vn.qcdc.rulebase.RuleCache;
import vn.qcdc.rulebase.RuleSet;
import vn.qcdc.rulebase.RuleSetFiles;
import vn.qcdc.rulebase.RuleSetLoader;
import vn.qcdc.rulebase.RuleSetProblem;

/**
 * Puts rule sets in force safely. Every candidate (the working folder after an edit, a manual reload, a rollback) is
 * first copied to an immutable snapshot under the data folder, loaded and scenario-tested from there; only if both pass
 * does it replace the rule set in {@link ActiveRuleSet} (one atomic swap) and get recorded in {@link RuleSetHistory}.
 * A failing candidate leaves the rule set in force untouched and is kept as the last rejected attempt.
 */
@Service
public class RuleSetManager {

  /** What happened to one attempt. */
  public enum Outcome { ACTIVATED, UNCHANGED, REJECTED }

  /** One attempt to put a folder in force. */
  public record Attempt(Instant at, String reason, String by, String source, String hash, Outcome outcome,
      int scenarios, List<RuleSetProblem> problems, List<RuleSetCheck.FailedScenario> failedScenarios) {}

  private static final Logger LOG = LoggerFactory.getLogger(RuleSetManager.class);

  private final ActiveRuleSet active;
  private final RuleSetHistory history;
  private final RulesProperties properties;
  private static final int RECENT = 2;
  private final java.util.ArrayDeque<RuleSet> recent = new java.util.ArrayDeque<>();
  private volatile Attempt lastAttempt;
  private volatile Attempt lastRejected;
  private volatile RuleSetHistory.Entry inForceEntry;

  private final RuleSetLoader loader;

  public RuleSetManager(ActiveRuleSet active, RuleSetHistory history, RulesProperties properties) {
    this.active = active;
    this.history = history;
    this.properties = properties;
    this.loader = new RuleSetLoader(RuleCache.in(properties.dataDir().toAbsolutePath().normalize()
        .resolve("compiled")));
  }

  public ActiveRuleSet active() {
    return active;
  }

  public Path workingFolder() {
    return properties.path().toAbsolutePath().normalize();
  }

  public Attempt lastAttempt() {
    return lastAttempt;
  }

  public Attempt lastRejected() {
    return lastRejected;
  }

  public Optional<RuleSetHistory.Entry> inForceEntry() {
    return Optional.ofNullable(inForceEntry);
  }

  /** Every version ever in force, newest first (the history page reads it here, not from the repository). */
  public java.util.List<RuleSetHistory.Entry> versions() {
    return history.list();
  }

  /** The newest version with this hash (or a unique prefix of at least 8 characters). */
  public Optional<RuleSetHistory.Entry> version(String hash) {
    return history.find(hash);
  }

  /** The unified diff of a version from the one before it. */
  public String diffOf(RuleSetHistory.Entry version) {
    return history.diff(version.id());
  }

  /** Snapshots {@code folder}, checks it and, if it passes, puts it in force. */
  public synchronized Attempt activate(Path folder, String by, String reason) {
    return activate(folder, by, reason, null);
  }

  /** The same, recording {@code description} (why, in the words of the one applying it) with the new version. */
  public synchronized Attempt activate(Path folder, String by, String reason, String description) {
    Map<String, String> files;
    try {
      RuleSetFiles listing = RuleSetFiles.of(folder.toAbsolutePath().normalize());
      if (!listing.problems().isEmpty()) {
        return rejected(reason, by, folder.toString(), null, 0, listing.problems(), List.of());
      }
      files = RuleFolder.read(folder);
    } catch (RuntimeException e) {
      return rejected(reason, by, folder.toString(), null, 0,
          List.of(RuleSetProblem.of(folder.toString(), 0, Message.of("ruleset.folder.unreadable",
              String.valueOf(e.getMessage())))), List.of());
    }
    return activate(files, folder.toString(), by, reason, description);
  }

  /**
   * Puts a version from the history in force again (checked like any candidate), records a new entry, and writes its
   * files into the working folder, which then holds exactly the rule set in force (unapplied edits copied aside).
   */
  public synchronized Attempt rollback(RuleSetHistory.Entry entry, String by) {
    return rollback(entry, by, null);
  }

  /** The same, recording why ({@code description}, null if not given). */
  public synchronized Attempt rollback(RuleSetHistory.Entry entry, String by, String description) {
    Map<String, String> files = history.files(entry.id());
    Attempt a = activate(files, "history:" + entry.hash(), by, "rollback", description);
    if (a.outcome() != Outcome.REJECTED) {
      restoreWorkingFolder(files);
    }
    return a;
  }

  private void restoreWorkingFolder(Map<String, String> files) {
    WorkingFolder.restore(workingFolder(), files, properties.dataDir(), hash -> history.find(hash).isPresent());
  }

  /** Checks a set of files without putting them in force (the editor's and preview's "Kiểm tra"). */
  public RuleSetCheck check(Map<String, String> files) {
    Path folder = properties.dataDir().toAbsolutePath().normalize().resolve("candidates").resolve(
        UUID.randomUUID().toString());
    RuleFolder.write(folder, files);
    try {
      return RuleSetCheck.of(folder, loader);
    } finally {
      delete(folder);
    }
  }

  private Attempt activate(Map<String, String> files, String source, String by, String reason, String description) {
    String hash = hash(files);
    RuleSet current = active.peek();
    if (current != null && hash.equals(current.hash())) {
      Attempt a = new Attempt(Instant.now(), reason, by, source, hash, Outcome.UNCHANGED, 0, List.of(), List.of());
      lastAttempt = a;
      LOG.info("rule set attempt reason={} by={} source={} hash={} outcome=UNCHANGED", reason, by, source, hash);
      return a;
    }
    long start = System.nanoTime();
    RuleSet kept = recent(hash);
    Path snapshot = kept != null ? kept.folder() : snapshot(files);
    RuleSetCheck check = kept != null ? new RuleSetCheck(kept, List.of(), List.of(), 0)
        : RuleSetCheck.of(snapshot, loader);
    if (!check.passed()) {
      if (history.find(hash).isEmpty()) {
        delete(snapshot);
      }
      return rejected(reason, by, source, hash, check.scenarios(), check.problems(), check.failedScenarios());
    }
    RuleSet next = check.ruleSet();
    Map<String, String> previousFiles = inForceEntry == null ? Map.of() : history.files(inForceEntry.id());
    String previousHash = current == null ? null : current.hash();
    history.record(next.hash(), next.profile().id(), by, reason, description, previousHash, files, previousFiles);
    inForceEntry = history.latest().orElse(null);
    RuleSet replaced = active.swap(next);
    if (replaced != null) {
      remember(replaced);
    }
    Attempt a = new Attempt(Instant.now(), reason, by, source, next.hash(), Outcome.ACTIVATED, check.scenarios(),
        List.of(), List.of());
    lastAttempt = a;
    LOG.info("rule set attempt reason={} by={} source={} hash={} outcome=ACTIVATED replaced={} scenarios={} ms={}",
        reason, by, source, next.hash(), previousHash, check.scenarios(), (System.nanoTime() - start) / 1_000_000);
    return a;
  }

  private Attempt rejected(String reason, String by, String source, String hash, int scenarios,
      List<RuleSetProblem> problems, List<RuleSetCheck.FailedScenario> failed) {
    Attempt a = new Attempt(Instant.now(), reason, by, source, hash, Outcome.REJECTED, scenarios, problems, failed);
    lastAttempt = a;
    lastRejected = a;
    RuleSet kept = active.peek();
    LOG.warn("rule set attempt reason={} by={} source={} hash={} outcome=REJECTED kept={} problems={} "
            + "failedScenarios={}", reason, by, source, hash, kept == null ? null : kept.hash(), problems,
        failed.stream().map(f -> f.file() + ":" + f.line() + " " + f.name() + " " + f.differences()).toList());
    return a;
  }

  /**
   * Puts a rule set in force before the service takes any request: the last one accepted and recorded in the
   * database. On a first start (empty history), or if the recorded one no longer passes the checks of this version,
   * the working folder is a candidate like any other: in force only if it loads and its scenarios pass; otherwise the
   * service does not start. A working folder that differs from the recorded set is left to the watcher, which checks
   * it as a candidate after start-up. A rule set handed over already loaded (tests, tools) is trusted.
   */
  @PostConstruct
  public synchronized void startup() {
    RuleSet preset = active.peek();
    Optional<RuleSetHistory.Entry> latest = history.latest();
    if (latest.isPresent()) {
      if (preset != null && preset.hash().equals(latest.get().hash()) || adopt(latest.get())) {
        inForceEntry = latest.get();
        return;
      }
      LOG.error("the rule set in force in the database (hash={}) does not load with this version; checking the"
          + " working folder instead", latest.get().hash());
    } else if (preset != null) {
      Map<String, String> files = RuleFolder.read(preset.folder());
      history.record(preset.hash(), preset.profile().id(), "startup", "startup", null, files, Map.of());
      inForceEntry = history.latest().orElse(null);
      return;
    }
    Attempt attempt = activate(workingFolder(), "startup", "startup");
    if (attempt.outcome() == Outcome.REJECTED && active.peek() == null) {
      throw new IllegalStateException("No rule set can be put in force: the database records none that loads, and"
          + " the rules folder " + workingFolder() + " does not pass its checks:\n" + String.join("\n",
          attempt.problems().stream().map(RuleSetProblem::toString).toList()) + String.join("\n",
          attempt.failedScenarios().stream().map(f -> f.file() + ":" + f.line() + " " + f.name() + " "
              + f.differences()).toList()));
    }
  }

  /**
   * Takes the version in force in the database if this instance serves another one; true if it switched. A rollback
   * made by another instance also puts that version's files in this instance's working folder.
   */
  public synchronized boolean syncFromDatabase() {
    Optional<RuleSetHistory.Entry> latest = history.latest();
    if (latest.isEmpty() || latest.get().hash().equals(active.current().hash())) {
      latest.ifPresent(e -> inForceEntry = e);
      return false;
    }
    boolean switched = adopt(latest.get());
    if (switched && "rollback".equals(latest.get().reason())) {
      restoreWorkingFolder(history.files(latest.get().id()));
    }
    return switched;
  }

  private boolean adopt(RuleSetHistory.Entry entry) {
    RuleSet before = active.peek();
    try {
      RuleSet kept = recent(entry.hash());
      RuleSet rules = kept != null ? kept : loader.load(snapshot(history.files(entry.id())));
      RuleSet replaced = active.swap(rules);
      if (replaced != null) {
        remember(replaced);
      }
      inForceEntry = entry;
      LOG.info("rule set adopted from the database hash={} replaced={} activatedBy={} reason={}", rules.hash(),
          before == null ? null : before.hash(), entry.activatedBy(), entry.reason());
      return true;
    } catch (InvalidRuleSetException | RuntimeException e) {
      LOG.error("the rule set in force in the database (hash={}) does not load here; keeping hash={}: {}",
          entry.hash(), before == null ? null : before.hash(), e.getMessage());
      return false;
    }
  }

  /**
   * The rule sets this instance served most recently, kept compiled: going back to one of them (a rollback, or the
   * working folder again after a rollback) needs no compilation, and no scenario run since it passed them (or was the
   * one the service started with) when it was first in force. Its files are the same, as the hash says.
   */
  private RuleSet recent(String hash) {
    synchronized (recent) {
      return recent.stream().filter(r -> r.hash().equals(hash)).findFirst().orElse(null);
    }
  }

  private void remember(RuleSet replaced) {
    synchronized (recent) {
      recent.removeIf(r -> r.hash().equals(replaced.hash()));
      recent.addFirst(replaced);
      while (recent.size() > RECENT) {
        recent.removeLast();
      }
    }
  }

  /** Writes the files to {@code dataDir/versions/<hash>} once (atomically), and returns that folder. */
  Path snapshot(Map<String, String> files) {
    String hash = hash(files);
    Path versions = properties.dataDir().toAbsolutePath().normalize().resolve("versions");
    Path target = versions.resolve(hash);
    if (Files.isDirectory(target)) {
      if (sameHash(target, hash)) {
        return target;
      }
      // Changed on disk since it was written: the database's copy is the source of truth.
      LOG.warn("the snapshot {} does not match its hash; writing it again from the database's copy", target);
      delete(target);
    }
    Path tmp = versions.resolve(".tmp-" + UUID.randomUUID());
    RuleFolder.write(tmp, files);
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      delete(tmp);
    } catch (IOException e) {
      if (Files.isDirectory(target)) {
        delete(tmp);
      } else {
        throw new UncheckedIOException(e);
      }
    }
    return target;
  }

  private static boolean sameHash(Path folder, String hash) {
    try {
      return RuleFolder.hash(folder).equals(hash);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The hash the loader would give a folder holding exactly these files. */
  static String hash(Map<String, String> files) {
    MessageDigest digest = Hashes.digest();
    files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(e.getValue().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    });
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warn("could not remove {}: {}", dir, e.getMessage());
    }
  }
}
