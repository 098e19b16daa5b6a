package vn.qcdc.rulebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.qcdc.dossier.Hashes;
import vn.qcdc.i18n.Message;

/**
 * The files of a rules folder, in a stable order, and the SHA-256 that identifies them together. Only what legal staff
 * write is admitted: regular files of the known kinds, inside the folder, of a reasonable size. A symbolic link (which
 * could bring in any file of the server), another kind of file, or too much text is a problem of the rule set.
 */
public record RuleSetFiles(Path root, List<Path> files, List<RuleSetProblem> problems) {

  /** The kinds of file a rules folder holds: catalogue and parameters, rules, DSL sentences, guides. */
  public static final Set<String> KINDS = Set.of(".yaml", ".drl", ".dslr", ".dsl", ".md");
  public static final long MAX_FILE_BYTES = 2L << 20;
  public static final long MAX_TOTAL_BYTES = 16L << 20;
  public static final int MAX_FILES = 1_000;

  /** Lists {@code root}; what is not admitted is left out and named in {@link #problems()}. */
  public static RuleSetFiles of(Path root) {
    List<Path> files = new ArrayList<>();
    List<RuleSetProblem> problems = new ArrayList<>();
    long total = 0;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted((a, b) -> YamlFiles.relative(root, a).compareTo(YamlFiles.relative(root, b)))
          .toList()) {
        Path relative = root.relativize(p);
        if (p.equals(root) || isHidden(relative) || relative.toString().contains("~")) {
          continue;
        }
        String name = YamlFiles.relative(root, p);
        if (Files.isSymbolicLink(p)) {
          problems.add(RuleSetProblem.of(name, 0, Message.of("rules.files.symlink")));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || !KINDS.contains(kind(name))) {
          problems.add(RuleSetProblem.of(name, 0, Message.of("rules.files.kind",
              String.join(", ", KINDS.stream().sorted().toList()))));
        } else if (Files.size(p) > MAX_FILE_BYTES) {
          problems.add(RuleSetProblem.of(name, 0, Message.of("rules.files.tooLarge", MAX_FILE_BYTES >> 20)));
        } else {
          total += Files.size(p);
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.size() > MAX_FILES || total > MAX_TOTAL_BYTES) {
      problems.add(RuleSetProblem.of(".", 0, Message.of("rules.files.folderTooLarge", MAX_FILES,
          MAX_TOTAL_BYTES >> 20)));
    }
    return new RuleSetFiles(root, List.copyOf(files), List.copyOf(problems));
  }

  /** SHA-256 over each file's relative path and bytes, in sorted path order. */
  String hash() {
    MessageDigest digest = Hashes.digest();
    try {
      for (Path f : files) {
        digest.update(YamlFiles.relative(root, f).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(f));
        digest.update((byte) 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  List<Path> named(String fileName) {
    return files.stream().filter(p -> p.getFileName().toString().equals(fileName)).toList();
  }

  List<Path> endingWith(String suffix) {
    return files.stream().filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
  }

  private static String kind(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 || name.lastIndexOf('/') > dot ? "" : name.substring(dot);
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
