package vn.qcdc.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.qcdc.Application;
import vn.qcdc.assessment.EvaluationService;
import vn.qcdc.commune.Commune;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.intake.DossierIntake;
import vn.qcdc.lifecycle.Lifecycle;

/**
 * A folder that fails its scenarios is never used, not even for a moment after a restart: the service starts on the
 * last rule set accepted in the database, stores evaluations with it, and the watcher then rejects the folder.
 */
class RestartWithRejectedFolderTest {

  private static final String K01 = "values: [ { from: 2023-01-01, value: \"01-31\" } ]";

  @TempDir
  Path temp;

  @Test
  void aRestartKeepsTheAcceptedRuleSetAndNeverEvaluatesWithTheRejectedFolder() throws Exception {
    Path work = temp.resolve("rules");
    RuleFolder.copy(Path.of("rules"), work);
    String accepted;
    try (ConfigurableApplicationContext first = start(work)) {
      accepted = first.getBean(ActiveRuleSet.class).current().hash();
      assertThat(first.getBean(RuleSetHistory.class).latest()).get().extracting(RuleSetHistory.Entry::hash)
          .isEqualTo(accepted);
      first.getBean(CommuneRepository.class).insert(new Commune("11095", "Chí Minh", "Hải Dương", UnitLevel.XA,
          false));
    }
    Path parameters = work.resolve("parameters.yaml");
    Files.writeString(parameters, Files.readString(parameters).replace(K01, K01.replace("01-31", "03-31")));

    try (ConfigurableApplicationContext second = start(work)) {
      ActiveRuleSet active = second.getBean(ActiveRuleSet.class);
      assertThat(active.current().hash()).as("in force at the first moment").isEqualTo(accepted);
      long dossier = second.getBean(DossierIntake.class)
          .store(Files.readAllBytes(Path.of("examples/chi-minh-2025.json")), "test").dossier().id();
      second.getBean(Lifecycle.class).submit("11095", 2025, dossier, "received");
      assertThat(second.getBean(EvaluationService.class).evaluate(dossier).ruleSetHash()).isEqualTo(accepted);

      RuleSetManager manager = second.getBean(RuleSetManager.class);
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (manager.lastRejected() == null && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(manager.lastRejected()).as("the watcher checked the folder").isNotNull();
      assertThat(manager.lastRejected().failedScenarios()).isNotEmpty();
      assertThat(active.current().hash()).isEqualTo(accepted);
      assertThat(second.getBean(RuleSetHistory.class).latest()).get().extracting(RuleSetHistory.Entry::hash)
          .isEqualTo(accepted);
    }
  }

  private ConfigurableApplicationContext start(Path work) {
    Map<String, Object> properties = Map.of(
        "spring.datasource.url", "jdbc:h2:file:" + temp.resolve("db/qcdc")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "qcdc.rules.path", work.toString(),
        "qcdc.rules.data-dir", temp.resolve("data").toString(),
        "qcdc.rules.watch", "true",
        "qcdc.rules.watch-interval", "100ms",
        "qcdc.rules.debounce", "200ms",
        "qcdc.demo.enabled", "false",
        "qcdc.security.allow-root", "true",
        "server.port", "0");
    return new SpringApplicationBuilder(Application.class).run(properties.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }
}
