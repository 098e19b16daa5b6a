package vn.qcdc.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.qcdc.rulebase.RuleSetFiles;
import vn.qcdc.rulebase.RuleSetProblem;

/**
 * The files of a rules folder as the loader sees them (regular files, no hidden parts, no editor backups with '~'),
 * their content hash (the same value as {@code RuleSet.hash()}), and writing a saved version back out.
 */
final class RuleFolder {

  private RuleFolder() {}

  /** The files the loader admits; a folder with a file it refuses (a symbolic link, say) cannot be read. */
  static List<Path> files(Path root) {
    RuleSetFiles listing = RuleSetFiles.of(root);
    if (!listing.problems().isEmpty()) {
      throw new IllegalArgumentException(listing.problems().stream().map(RuleSetProblem::toString)
          .collect(Collectors.joining("; ")));
    }
    return listing.files();
  }

  /**
   * SHA-256 over each file's relative path and bytes in path order: equal to the hash the loader gives. Files the
   * loader refuses count by name, so that adding one is seen as a change (and then refused).
   */
  static String hash(Path root) throws IOException {
    Path r = root.toAbsolutePath().normalize();
    RuleSetFiles listing = RuleSetFiles.of(r);
    MessageDigest digest = sha256();
    for (RuleSetProblem refused : listing.problems()) {
      digest.update(refused.file().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 1);
    }
    for (Path f : listing.files()) {
      digest.update(relative(r, f).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Files.readAllBytes(f));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Relative path → text of every file. */
  static Map<String, String> read(Path root) {
    Path r = root.toAbsolutePath().normalize();
    Map<String, String> out = new TreeMap<>();
    try {
      for (Path f : files(r)) {
        out.put(relative(r, f), Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Writes {@code files} into {@code target}, which must not exist yet or be empty. */
  static void write(Path target, Map<String, String> files) {
    try {
      Files.createDirectories(target);
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path f = resolveInside(target, e.getKey());
        Files.createDirectories(f.getParent());
        Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a folder's rule files to {@code target}. */
  static void copy(Path from, Path target) {
    write(target, read(from));
  }

  /** {@code relative} resolved under {@code root}; refuses absolute paths and any '..' that would leave it. */
  static Path resolveInside(Path root, String relative) {
    Path r = root.toAbsolutePath().normalize();
    Path p = r.resolve(relative).normalize();
    if (relative.isBlank() || Path.of(relative).isAbsolute() || !p.startsWith(r) || p.equals(r)) {
      throw new IllegalArgumentException("not a path inside the rules folder: " + relative);
    }
    return p;
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
