package vn.qcdc.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.ParsedDossier;
import vn.qcdc.evaluation.Evaluator;

/** The sandbox refuses no honest rule, and a rule that keeps re-triggering itself is stopped and named. */
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
  void allowsForbiddenWordsInsideCommentsAndTexts() {
    RulesFolder rules = RulesFolder.copyOfShipped(temp).write("g4-tiep-cong-dan/extra.drl", HEADER + """
        // System, Thread, File and Runtime.getRuntime().exec are fine in a comment
        rule "TC4.1 văn bản"
        when
            Commune( name == "System.exit(0) java.io.File" )
        then
            String s = "Runtime.getRuntime().exec(\\"id\\")";
        end
        """);

    assertThat(catchThrowableOfType(InvalidRuleSetException.class, () -> new RuleSetLoader().load(rules.root)))
        .isNull();
  }

  @Test
  void stopsAnEvaluationWhoseRulesRetriggerThemselvesAndNamesTheRule() throws Exception {
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
        () -> new Evaluator(RunLimits.EVALUATION.with(10_000, Duration.ofMinutes(1))).evaluate(looping, dossier));
    RunawayEvaluationException byInsertions = catchThrowableOfType(RunawayEvaluationException.class,
        () -> new Evaluator().evaluate(looping, dossier));

    assertThat(byCount).hasMessageContaining("các quy tắc đã chạy hơn 10000 lần")
        .hasMessageContaining("TC4.1 vòng lặp vô hạn");
    assertThat(byCount.text().in(Locale.ENGLISH)).startsWith("The rules were stopped at a safety limit: the rules"
        + " fired more than 10000 times").contains("in rule \"TC4.1 vòng lặp vô hạn\"");
    assertThat(byInsertions).hasMessageContaining("các quy tắc đã thêm hơn");
    assertThat(byInsertions.text().in(Locale.ENGLISH)).contains("the rules inserted more than");
    assertThat(byInsertions.rule()).isEqualTo("TC4.1 vòng lặp vô hạn");
    assertThat(new Evaluator().evaluate(new RuleSetLoader().load(Path.of("rules")), dossier).total())
        .isEqualByComparingTo("76.74");
  }

  @Test
  void aStoppedRuleIsNamedWithTheValueOfTheConstantItsNameCitesAndFoundByItsDeclaredName() throws Exception {
    RuleSet looping = new RuleSetLoader().load(RulesFolder.copyOfShipped(temp).write("g4-tiep-cong-dan/loop.drl",
        HEADER + """
        rule "TC4.1 vòng lặp {K26} ngày"
        when
            $c : Check( criterion == "TC4.1" )
        then
            insert(checks.expected("TC4.1", "", "lặp", "loop"));
        end
        """).root);
    ParsedDossier dossier = new DossierReader().read(Path.of("examples/chi-minh-2025.json"));

    RunawayEvaluationException stopped = catchThrowableOfType(RunawayEvaluationException.class,
        () -> new Evaluator().evaluate(looping, dossier));

    assertThat(stopped).hasMessageContaining("\"TC4.1 vòng lặp 10 ngày\"").hasMessageNotContaining("{K26}");
    assertThat(stopped.rule()).isEqualTo("TC4.1 vòng lặp {K26} ngày");
    assertThat(looping.ruleSource(stopped.rule())).isPresent();
  }
}
