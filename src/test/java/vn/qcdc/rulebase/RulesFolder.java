package vn.qcdc.rulebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test fixture: a copy of the shipped rules folder that a test may break on purpose. */
final class RulesFolder {

  final Path root;

  private RulesFolder(Path root) {
    this.root = root;
  }

  static RulesFolder copyOfShipped(Path tempDir) {
    Path source = Path.of("rules");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path target = tempDir.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RulesFolder(tempDir);
  }

  RulesFolder replace(String file, String old, String replacement) {
    Path p = root.resolve(file);
    try {
      String text = Files.readString(p);
      if (!text.contains(old)) {
        throw new IllegalArgumentException(file + " does not contain: " + old);
      }
      Files.writeString(p, text.replace(old, replacement));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  RulesFolder write(String file, String text) {
    try {
      Files.createDirectories(root.resolve(file).getParent());
      Files.writeString(root.resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
