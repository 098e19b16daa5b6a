package vn.qcdc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The corpus of hostile rule files ({@code src/test/resources/hostile-rules}): each tries to run code, reach files or
 * never end, and says on its first line the line (and a word of the message) it must be refused at. Files that would
 * leave a trace write to {@code @MARKER@}, which a test replaces with a path it then checks was never created.
 */
public final class HostileRuleFiles {

  /** Where a hostile file goes in a copy of the rules folder. */
  public static final String FOLDER = "g4-tiep-cong-dan/";

  /** A rule that passes every check of the code but inserts a fact it matches, for ever; its rule is at line 4. */
  public static final String SELF_FEEDING = """
      package qcdc.hostile;
      import vn.qcdc.ruleapi.*;
      global Checks checks;
      rule "TC4.1 tự kích hoạt"
      when
          Check( criterion == "TC4.1" )
      then
          insert(checks.expected("TC4.1", "", "lặp", "loop"));
      end
      """;

  private static final Path CORPUS = Path.of("src/test/resources/hostile-rules");
  private static final Pattern EXPECT = Pattern.compile("^// expect: (\\d+) ?(.*)$", Pattern.MULTILINE);

  /** One hostile file: its name, its text with the marker path in place, and where it must be refused. */
  public record Case(String name, String text, int line, String fragment, Path marker) {

    /** The file's path relative to the rules folder. */
    public String file() {
      return FOLDER + name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private HostileRuleFiles() {}

  /** Every case of the corpus, each with its own marker path under {@code markers}. */
  public static List<Case> all(Path markers) {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.sorted().map(f -> read(f, markers)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Case read(Path file, Path markers) {
    try {
      String name = file.getFileName().toString();
      Path marker = markers.resolve(name + ".pwned");
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("@MARKER@", marker.toString());
      Matcher m = EXPECT.matcher(text);
      if (!m.find()) {
        throw new IllegalStateException(name + " does not say where it must be refused");
      }
      return new Case(name, text, Integer.parseInt(m.group(1)), m.group(2).trim(), marker);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
