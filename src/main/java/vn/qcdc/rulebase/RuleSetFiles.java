package vn.qcdc.rulebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import vn.qcdc.dossier.Hashes;

/** The files of a rules folder, in a stable order, and the SHA-256 that identifies them together. */
record RuleSetFiles(Path root, List<Path> files) {

  static RuleSetFiles of(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(Files::isRegularFile)
          .filter(p -> root.relativize(p).toString().chars().noneMatch(c -> c == '~'))
          .filter(p -> !isHidden(root.relativize(p)))
          .sorted((a, b) -> YamlFiles.relative(root, a).compareTo(YamlFiles.relative(root, b)))
          .toList();
      return new RuleSetFiles(root, files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
