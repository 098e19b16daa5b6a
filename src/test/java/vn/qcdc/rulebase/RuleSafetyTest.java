package vn.qcdc.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.evaluation.Evaluator;

/** Rule files may use only the evaluator's vocabulary, and a runaway evaluation is stopped without harm. */
class RuleSafetyTest {

  private static final String HEADER = """
      package qcdc.test;
      import vn.qcdc.dossier.facts.*;
      import vn.qcdc.ruleapi.*;
      global Law law;
      global Checks checks;
      """;

  @TempDir
  Path temp;

  @Test
  void refusesAnImportOutsideTheVocabularyWithItsLine() {
    RulesFolder rules = RulesFolder.copyOfShipped(temp).write("g4-tiep-cong-dan/extra.drl",
        "package qcdc.test;\nimport java.io.File;\n");

    assertThat(problems(rules)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g4-tiep-cong-dan/extra.drl");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).contains("import of java.io.File is not allowed");
    });
  }

  @Test
  void refusesSystemExitThreadsAndReflectionInsideRules() {
    RulesFolder rules = RulesFolder.copyOfShipped(temp).write("g4-tiep-cong-dan/extra.drl", HEADER + """
        rule "TC4.1 thoát"
        when
            Commune()
        then
            System.exit(0);
            new Thread(() -> {}).start();
            Object o = Class.forName("java.lang.Runtime");
        end
        """);

    List<RuleSetProblem> problems = problems(rules);

    assertThat(problems).extracting(RuleSetProblem::line).contains(10, 11, 12);
    assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("'System' is not allowed"));
  }

  @Test
  void allowsForbiddenWordsInsideCommentsAndTexts() {
    RulesFolder rules = RulesFolder.copyOfShipped(temp).write("g4-tiep-cong-dan/extra.drl", HEADER + """
        // System, Thread and File are fine in a comment
        rule "TC4.1 văn bản"
        when
            Commune( name == "System File" )
        then
        end
        """);

    assertThat(catchThrowableOfType(InvalidRuleSetException.class, () -> new RuleSetLoader().load(rules.root)))
        .isNull();
  }

  @Test
  void stopsAnEvaluationWhoseRulesRetriggerThemselvesAndNamesThem() throws Exception {
    RuleSet looping = new RuleSetLoader().load(RulesFolder.copyOfShipped(temp).write("g4-tiep-cong-dan/loop.drl",
        HEADER + """
        rule "TC4.1 vòng lặp vô hạn"
        when
            $c : Check( criterion == "TC4.1" )
        then
            insert(checks.expected("TC4.1", "", "lặp", "loop"));
        end
        """).root);
    ParsedDossier dossier = new DossierReader().read(Path.of("examples/chi-minh-2025.json"));

    RunawayEvaluationException byCount = catchThrowableOfType(RunawayEvaluationException.class,
        () -> new Evaluator(10_000, Duration.ofMinutes(1)).evaluate(looping, dossier));
    RunawayEvaluationException byTime = catchThrowableOfType(RunawayEvaluationException.class,
        () -> new Evaluator(Integer.MAX_VALUE, Duration.ofMillis(300)).evaluate(looping, dossier));

    assertThat(byCount).hasMessageContaining("fired more than 10000 times").hasMessageContaining("TC4.1 vòng lặp vô hạn");
    assertThat(byTime).hasMessageContaining("ran longer than");
    assertThat(new Evaluator().evaluate(new RuleSetLoader().load(Path.of("rules")), dossier).findings()).isNotEmpty();
  }

  private static List<RuleSetProblem> problems(RulesFolder folder) {
    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> new RuleSetLoader().load(folder.root));
    assertThat(e).isNotNull();
    return e.problems();
  }
}
