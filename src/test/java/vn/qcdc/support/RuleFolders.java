package vn.qcdc.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import vn.qcdc.rulebase.InvalidRuleSetException;
import vn.qcdc.rulebase.RuleSetLoader;

/** A copy of the rules folder for a test that changes it, and the hash the loader gives a folder. */
public final class RuleFolders {

  private RuleFolders() {}

  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  /** The hash of the rule set the folder holds, as the loader computes it. */
  public static String hash(Path folder) {
    try {
      return new RuleSetLoader().load(folder).hash();
    } catch (InvalidRuleSetException e) {
      throw new IllegalStateException(e);
    }
  }

}
