package vn.qcdc.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qcdc.rulebase.RuleSetFiles;

/**
 * The working rules folder after a rollback: its files become those of the version put back in force, so that the
 * folder, the editor, {@code /actuator/info} and the database say the same thing (one source of truth: the rule set in
 * force is the folder's content). Edits that were never applied are copied aside first, never lost.
 */
final class WorkingFolder {

  private static final Logger LOG = LoggerFactory.getLogger(WorkingFolder.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private WorkingFolder() {}

  /**
   * Writes {@code files} into {@code folder} (and removes the rule files it has that they do not), unless the folder
   * already holds exactly them.
   *
   * @param known whether a folder content (by hash) is a version recorded in the history
   * @return where the unapplied edits found in the folder were copied, if any
   */
  static Optional<Path> restore(Path folder, Map<String, String> files, Path dataDir,
      java.util.function.Predicate<String> known) {
    String target = RuleSetManager.hash(files);
    String now = hashOrNull(folder);
    if (target.equals(now)) {
      return Optional.empty();
    }
    Optional<Path> backup = Optional.empty();
    if (now != null && !known.test(now)) {
      Path aside = dataDir.toAbsolutePath().normalize().resolve("working-folder-backups")
          .resolve(STAMP.format(Instant.now()) + "-" + now.substring(0, 12));
      RuleFolder.copy(folder, aside);
      backup = Optional.of(aside);
      LOG.warn("rollback: the working folder {} held edits never put in force (hash={}); copied to {}", folder, now,
          aside);
    }
    try {
      for (Path f : RuleSetFiles.of(folder.toAbsolutePath().normalize()).files()) {
        if (!files.containsKey(RuleFolder.relative(folder.toAbsolutePath().normalize(), f))) {
          Files.delete(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RuleFolder.write(folder, files);
    LOG.info("rollback: the working folder {} now holds the rule set in force (hash={})", folder, target);
    return backup;
  }

  private static String hashOrNull(Path folder) {
    try {
      return Files.isDirectory(folder) ? RuleFolder.hash(folder) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
