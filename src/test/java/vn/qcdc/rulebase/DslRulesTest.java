package vn.qcdc.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qcdc.cli.Cli;

/**
 * Rules written as Vietnamese sentences (Drools DSL): the shipped G4 group uses the sentences of
 * {@code rules/dsl/mau-cau.dsl}; a sentence that matches none is reported with its .dslr file and line, and .dslr and
 * .dsl files get the same safety scan as DRL.
 */
class DslRulesTest {

  private static final String G4 = "g4-tiep-cong-dan/rules.dslr";
  private static final String SESSION_SENTENCE = "    Mỗi buổi tiếp công dân $s";
  private static final String ANSWER_SENTENCE = "    Ghi nhận kiểm tra tiêu chí TC4.2 phần b: hồ sơ $case.id();";

  @TempDir
  Path temp;

  @Test
  void theShippedG4GroupIsWrittenInSentencesOfTheSharedDsl() throws Exception {
    RuleSet rules = new RuleSetLoader().load(Path.of("rules"));

    assertThat(rules.ruleFiles("TC4.1")).containsExactly(G4);
    assertThat(rules.ruleFiles("TC4.2")).containsExactly(G4);
    assertThat(Path.of("rules/g4-tiep-cong-dan/rules.drl")).doesNotExist();
    assertThat(Path.of("rules/dsl/mau-cau.dsl")).exists();
    assertThat(Files.readString(Path.of("rules", G4))).contains("Ghi nhận kiểm tra tiêu chí TC4.2 phần a: có văn bản"
        + " loại CITIZEN_RECEPTION_RULES còn hiệu lực cuối kỳ");
  }

  @Test
  void aWhenSentenceWithNoMappingIsReportedWithTheDslrFileAndLine() throws IOException {
    RulesFolder copy = RulesFolder.copyOfShipped(temp).replace(G4, SESSION_SENTENCE, "    Mỗi buổi tiếp dân $s");
    int line = lineOf(copy.root.resolve(G4), "    Mỗi buổi tiếp dân $s");

    assertThat(problems(copy)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(G4);
      assertThat(p.line()).isEqualTo(line);
      assertThat(p.message()).contains("không có câu mẫu (DSL) nào khớp", "Mỗi buổi tiếp dân $s");
      assertThat(p.message(Locale.ENGLISH)).contains("no Vietnamese sentence (DSL) matches", "Mỗi buổi tiếp dân $s");
    });
  }

  @Test
  void aThenSentenceWithNoMappingIsReportedWithTheDslrFileAndLine() throws IOException {
    RulesFolder copy = RulesFolder.copyOfShipped(temp)
        .replace(G4, "Ghi nhận kiểm tra tiêu chí TC4.2 phần b:", "Ghi nhận kiểm tra tiêu chí TC4.2 mục b:");
    int line = lineOf(copy.root.resolve(G4), "    Ghi nhận kiểm tra tiêu chí TC4.2 mục b:");

    assertThat(problems(copy)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(G4);
      assertThat(p.line()).isEqualTo(line);
      assertThat(p.message()).contains("không có câu mẫu (DSL) nào khớp", "TC4.2 mục b");
      assertThat(p.message(Locale.ENGLISH)).contains("no Vietnamese sentence (DSL) matches", "TC4.2 mục b");
    });
  }

  @Test
  void validateRulesNamesTheDslrFileAndLineOfASentenceWithNoMapping() throws IOException {
    RulesFolder copy = RulesFolder.copyOfShipped(temp).replace(G4, SESSION_SENTENCE, "    Mỗi buổi tiếp dân $s");
    int line = lineOf(copy.root.resolve(G4), "    Mỗi buổi tiếp dân $s");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = Cli.run(new String[] {"validate-rules", "--rules", copy.root.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(G4 + ":" + line + ": ")
        .contains("không có câu mẫu (DSL) nào khớp").contains("Mỗi buổi tiếp dân $s");
  }

  @Test
  void aNewSentenceAddedToTheDslCanBeUsedAtOnce() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp)
        .write("dsl/cau-thu.dsl", "# Câu thử: mỗi buổi tiếp công dân tại trụ sở.\n"
            + "[when]Mỗi buổi tiếp tại trụ sở {s:[$][A-Za-z0-9_]+}={s} : ReceptionSession( atHeadquarters )\n")
        .write("g4-tiep-cong-dan/them.dslr", """
            package qcdc.g4;
            import vn.qcdc.dossier.facts.*;
            import vn.qcdc.ruleapi.*;
            global Law law;
            global Checks checks;

            rule "TC4.1 Buổi tiếp tại trụ sở (câu thử)"
            when
                Mỗi buổi tiếp tại trụ sở $s
            then
                Ghi nhận kiểm tra tiêu chí TC4.1: hồ sơ $s.id(); tính vào ngày $s.date(); đạt khi true; nghĩa vụ "thử" / "test"
            end
            """);

    assertThat(catchThrowableOfType(InvalidRuleSetException.class, () -> new RuleSetLoader().load(copy.root)))
        .isNull();
  }

  @Test
  void refusesForbiddenCodeInADslrLineAndInADslSentenceWhereItIsUsed() {
    RulesFolder copy = RulesFolder.copyOfShipped(temp)
        .write("dsl/nguy-hiem.dsl", "# Câu không được phép.\n[then]Dừng chương trình=System.exit(0);\n")
        .write("g4-tiep-cong-dan/nguy-hiem.dslr", """
            package qcdc.g4;
            import vn.qcdc.dossier.facts.*;
            import vn.qcdc.ruleapi.*;
            global Law law;
            global Checks checks;

            rule "TC4.1 Dòng mã trực tiếp bị cấm"
            when
                Mục hồ sơ "receptionSessions" có báo cáo
            then
                > new Thread(() -> {}).start();
                Dừng chương trình
            end
            """);

    List<RuleSetProblem> problems = problems(copy);

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g4-tiep-cong-dan/nguy-hiem.dslr");
      assertThat(p.line()).isEqualTo(12);
      assertThat(p.message()).contains("'System' không có trong từ vựng");
      assertThat(p.message(Locale.ENGLISH)).contains("'System' is not in the rules vocabulary");
    });
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g4-tiep-cong-dan/nguy-hiem.dslr");
      assertThat(p.line()).isEqualTo(11);
      assertThat(p.message()).contains("kiểu 'Thread' không có trong từ vựng");
      assertThat(p.message(Locale.ENGLISH)).contains("the type 'Thread' is not in the rules vocabulary");
    });
  }

  private static int lineOf(Path file, String prefix) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError(file + " has no line starting with " + prefix);
  }

  private static List<RuleSetProblem> problems(RulesFolder folder) {
    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> new RuleSetLoader().load(folder.root));
    assertThat(e).as("the broken rule set must be refused").isNotNull();
    return e.problems();
  }
}
