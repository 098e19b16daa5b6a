package vn.qcdc.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What legal staff read when a rule file is refused: file, line and what is wrong, in Vietnamese (the CLI, the logs,
 * the JSON API and Vietnamese pages) and in English on English pages; Drools' own text kept after the explanation.
 */
class RuleFileProblemsWordingTest {

  private static final String FILE = "g4-tiep-cong-dan/thu.drl";
  private static final String HEADER = """
      package qcdc.g4;
      import vn.qcdc.dossier.facts.*;
      import vn.qcdc.ruleapi.*;
      global Law law;
      global Checks checks;
      """;

  @TempDir
  Path temp;

  @Test
  void aCallOfSystemExitIsRefusedAtItsLineInBothLanguages() {
    List<RuleSetProblem> problems = problems(RulesFolder.copyOfShipped(temp).write(FILE, HEADER + """
        rule "TC4.1 thoát"
        when
            $c : Complaint()
        then
            System.exit(0);
        end
        """));

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(FILE);
      assertThat(p.line()).isEqualTo(10);
      assertThat(p.message()).isEqualTo("'System' không có trong từ vựng của tệp quy tắc");
      assertThat(p.message(Locale.ENGLISH)).isEqualTo("'System' is not in the rules vocabulary");
    }).anySatisfy(p -> {
      assertThat(p.line()).isEqualTo(10);
      assertThat(p.message()).isEqualTo("không được gọi phương thức 'exit'");
      assertThat(p.message(Locale.ENGLISH)).isEqualTo("the method 'exit' is not in the rules vocabulary");
    });
  }

  @Test
  void aSyntaxErrorIsExplainedAndKeepsDroolsOwnText() {
    List<RuleSetProblem> problems = problems(RulesFolder.copyOfShipped(temp).write(FILE, HEADER + """
        rule "TC4.1 thiếu giá trị"
        when
            Complaint( id == )
        then
        end
        """));

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(FILE);
      assertThat(p.line()).isEqualTo(8);
      assertThat(p.column()).isEqualTo(22);
      assertThat(p.message()).isEqualTo("Lỗi DRL: không hiểu được “)” ở chỗ này: có thể thiếu một giá trị, một toán tử"
          + " hoặc dấu ngoặc ngay trước đó (Drools: no viable alternative at input ')')");
      assertThat(p.message(Locale.ENGLISH)).isEqualTo("DRL error: “)” cannot be understood here: a value, an operator"
          + " or a bracket may be missing just before it (Drools: no viable alternative at input ')')");
      assertThat(p.in(Locale.ENGLISH)).startsWith(FILE + ":8:22: DRL error: ");
    });
  }

  @Test
  void aRuleCutShortNamesTheMissingEnd() {
    List<RuleSetProblem> problems = problems(RulesFolder.copyOfShipped(temp).write(FILE, HEADER + """
        rule "TC4.1 chưa xong"
        when
            Complaint()
        then
        """));

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(FILE);
      assertThat(p.message()).startsWith("Lỗi DRL: tệp kết thúc khi quy tắc chưa xong: có thể thiếu “end”")
          .endsWith("(Drools: mismatched input '<eof>')");
      assertThat(p.message(Locale.ENGLISH)).startsWith("DRL error: the file ends before the rule does");
    });
  }

  @Test
  void aJavaErrorInAConsequenceIsExplainedAtTheRule() {
    List<RuleSetProblem> problems = problems(RulesFolder.copyOfShipped(temp).write(FILE, HEADER + """
        rule "TC4.1 sai kiểu"
        when
            $c : Complaint()
        then
            int n = $c.id();
        end
        """));

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(FILE);
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).isEqualTo("Lỗi Java trong quy tắc: kiểu không khớp: không đổi được String thành int"
          + " (Drools: Type mismatch: cannot convert from String to int)");
      assertThat(p.message(Locale.ENGLISH)).isEqualTo("Java error in the rule: the types do not match: String cannot"
          + " be turned into int (Drools: Type mismatch: cannot convert from String to int)");
    });
  }

  @Test
  void twoRulesOfTheSameNameAreOneProblem() {
    String rule = """
        rule "TC4.1 trùng tên"
        when
            Complaint()
        then
        end
        """;
    List<RuleSetProblem> problems = problems(RulesFolder.copyOfShipped(temp).write(FILE, HEADER + rule + rule));

    assertThat(problems).filteredOn(p -> p.file().equals(FILE)).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("Lỗi DRL: hai quy tắc trùng tên “TC4.1 trùng tên”");
      assertThat(p.message(Locale.ENGLISH)).startsWith("DRL error: two rules are named “TC4.1 trùng tên”");
    });
  }

  @Test
  void aYamlValueOfTheWrongKindSaysWhatIsExpected() {
    List<RuleSetProblem> problems = problems(RulesFolder.copyOfShipped(temp)
        .replace("profile.yaml", "kind: DEDUCTION", "kind: DEDUCT")
        .replace("holidays.yaml", "date: 2025-01-01", "date: 2025-13-01"));

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("profile.yaml");
      assertThat(p.line()).isEqualTo(21);
      assertThat(p.message()).isEqualTo("giá trị 'DEDUCT' của 'adjustments[0].kind' không đúng: cần một trong các giá"
          + " trị DEDUCTION, BONUS, GRADE_CAP, INELIGIBLE");
      assertThat(p.message(Locale.ENGLISH)).isEqualTo("invalid value 'DEDUCT' for 'adjustments[0].kind': expected"
          + " one of DEDUCTION, BONUS, GRADE_CAP, INELIGIBLE");
    }).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("holidays.yaml");
      assertThat(p.message()).endsWith("không đúng: cần ngày dạng yyyy-MM-dd");
      assertThat(p.message(Locale.ENGLISH)).endsWith("expected a date yyyy-MM-dd");
    });
  }

  @Test
  void aYamlSyntaxErrorKeepsTheParsersSentence() {
    List<RuleSetProblem> problems = problems(RulesFolder.copyOfShipped(temp)
        .replace("parameters.yaml", "constants:", "constants: ["));

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("parameters.yaml");
      assertThat(p.line()).isPositive();
      assertThat(p.message()).startsWith("lỗi cú pháp YAML (thụt lề, dấu hai chấm, dấu nháy hoặc dấu ngoặc): ");
      assertThat(p.message(Locale.ENGLISH)).startsWith("YAML syntax error (indentation, colons, quotes or brackets): ");
    });
  }

  @Test
  void aFileOfAnotherKindIsRefusedInBothLanguages() {
    List<RuleSetProblem> problems = problems(RulesFolder.copyOfShipped(temp).write("g4-tiep-cong-dan/ghi-chu.txt", "x"));

    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g4-tiep-cong-dan/ghi-chu.txt");
      assertThat(p.message()).isEqualTo("loại tệp không được phép trong thư mục quy tắc; chỉ nhận .drl, .dsl, .dslr,"
          + " .md, .yaml");
      assertThat(p.message(Locale.ENGLISH)).isEqualTo("this kind of file is not allowed in the rules folder; only"
          + " .drl, .dsl, .dslr, .md, .yaml");
    });
  }

  @Test
  void aRuleNameNamingAnUnknownConstantIsWarnedInBothLanguages() throws Exception {
    RulesFolder copy = RulesFolder.copyOfShipped(temp).write(FILE, HEADER + """
        rule "TC4.1 trong {K99} ngày"
        when
            Complaint( id == "không có" )
        then
        end
        """);

    RuleSet rules = new RuleSetLoader().load(copy.root);

    assertThat(rules.warnings()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(FILE);
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).isEqualTo("tên quy tắc \"TC4.1 trong {K99} ngày\" nêu {K99}, không có trong"
          + " parameters.yaml");
      assertThat(p.message(Locale.ENGLISH)).isEqualTo("the rule name \"TC4.1 trong {K99} ngày\" names {K99}, which"
          + " is not in parameters.yaml");
    });
  }

  private static List<RuleSetProblem> problems(RulesFolder folder) {
    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> new RuleSetLoader().load(folder.root));
    assertThat(e).as("the broken rule set must be refused").isNotNull();
    return e.problems();
  }
}
