package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate-rules} on the shipped rules and on a copy broken in three ways. */
class ValidateRulesCommandTest {

  @Test
  void theShippedRulesAreValidAndDescribed() {
    CliRun result = CliRun.of("validate-rules", "--rules", "rules");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("profile:      reference-2025")
        .containsPattern("sha256: +[0-9a-f]{64}\\R")
        .containsPattern("criteria: +[1-9]\\d*\\R")
        .containsPattern("groups: +[1-9]\\d*\\R")
        .containsPattern("total points: +\\d+\\.\\d{2}\\R");
  }

  @Test
  void aBrokenCopyExitsThreeAndNamesEachFileAndLine(@TempDir Path dir) throws IOException {
    Path rules = CliRun.copyOfRules(dir.resolve("rules"));
    int syntaxError = append(rules.resolve("g5-khieu-nai-to-cao/rules.drl"),
        "rule \"TC4.1 broken on purpose\"", "when", "    Complaint( id == )", "then", "end") + 2;
    int unknownId = append(rules.resolve("g3-cai-cach-hanh-chinh/rules.drl"),
        "rule \"TC3.99 not in the catalogue\"", "when", "then", "end");
    removeCriterion(rules.resolve("g5-khieu-nai-to-cao/criteria.yaml"), "TC5.4");
    int orphanRule = lineOf(rules.resolve("g5-khieu-nai-to-cao/rules.drl"), "rule \"TC5.4");

    CliRun result = CliRun.of("validate-rules", "--rules", rules.toString());

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .containsPattern("g5-khieu-nai-to-cao/rules.drl:" + syntaxError + ":\\d+: Lỗi DRL: ")
        .contains("g3-cai-cach-hanh-chinh/rules.drl:" + unknownId + ": Quy tắc “TC3.99 not in the catalogue” nêu TC3.99")
        .contains("g5-khieu-nai-to-cao/rules.drl:" + orphanRule + ": Quy tắc “TC5.4")
        .containsPattern("g5-khieu-nai-to-cao/criteria.yaml:\\d+: Nhóm G5 có maxPoints");
    assertThat(result.err().lines()).allMatch(l -> l.matches("[^:\\s]+(:\\d+){0,2}: .+"));
  }

  @Test
  void aMissingRulesFolderIsAnUnreadableFile(@TempDir Path dir) {
    CliRun result = CliRun.of("validate-rules", "--rules", dir.resolve("nothing-here").toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).contains("nothing-here: cannot read the rules folder");
  }

  /** Appends lines after a blank line; returns the line number of the first one. */
  private static int append(Path file, String... lines) throws IOException {
    Files.writeString(file, "\n\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    List<String> all = Files.readAllLines(file);
    return all.lastIndexOf(lines[0]) + 1;
  }

  private static int lineOf(Path file, String prefix) throws IOException {
    List<String> all = Files.readAllLines(file);
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError(file + " has no line starting with " + prefix);
  }

  /** Deletes a criterion's row from a criteria.yaml: from its "- id:" line to the next row or top-level key. */
  private static void removeCriterion(Path file, String id) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    Pattern row = Pattern.compile("^\\s*- id:\\s*" + Pattern.quote(id) + "\\s*$");
    int start = -1;
    for (int i = 0; i < lines.size() && start < 0; i++) {
      if (row.matcher(lines.get(i)).matches()) {
        start = i;
      }
    }
    assertThat(start).as(id + " in " + file).isNotNegative();
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).matches("^\\s*- id:.*") && !lines.get(end).matches("^\\S.*")) {
      end++;
    }
    lines.subList(start, end).clear();
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
