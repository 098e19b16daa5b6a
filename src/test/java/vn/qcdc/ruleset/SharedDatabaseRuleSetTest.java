package vn.qcdc.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.qcdc.Application;
import vn.qcdc.support.RuleSetDatabases;
import vn.qcdc.support.SharedRules;

/**
 * Two instances of the service on one PostgreSQL database: putting a rule set in force on one makes the other switch
 * to it at its next check of the database (every 300 ms here), and a rollback on the second comes back to the first.
 */
class SharedDatabaseRuleSetTest {

  static ConfigurableApplicationContext first;
  static ConfigurableApplicationContext second;
  static Path firstRules;

  @BeforeAll
  static void start() throws Exception {
    String url = RuleSetDatabases.fresh("rule_set_sync");
    Path tmp = Files.createTempDirectory("qcdc-sync");
    firstRules = tmp.resolve("rules-1");
    Path secondRules = tmp.resolve("rules-2");
    RuleFolder.copy(Path.of("rules"), firstRules);
    RuleFolder.copy(Path.of("rules"), secondRules);
    first = instance(url, firstRules, tmp.resolve("data-1"));
    second = instance(url, secondRules, tmp.resolve("data-2"));
  }

  static ConfigurableApplicationContext instance(String url, Path rules, Path data) {
    return new SpringApplicationBuilder(Application.class, SharedRules.class)
        .web(WebApplicationType.SERVLET)
        .profiles("test", "postgres")
        .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres", "--qcdc.rules.path=" + rules, "--qcdc.rules.data-dir=" + data,
            "--qcdc.rules.watch=false", "--qcdc.rules.sync-interval=300ms", "--server.port=0");
  }

  @AfterAll
  static void stop() {
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
  }

  @Test
  void activatingOnOneInstanceMakesTheOtherServeTheSameRuleSet() throws Exception {
    RuleSetManager one = first.getBean(RuleSetManager.class);
    RuleSetManager two = second.getBean(RuleSetManager.class);
    String h0 = SharedRules.get().hash();
    assertThat(one.active().current().hash()).isEqualTo(h0);
    assertThat(two.active().current().hash()).isEqualTo(h0);
    assertThat(first.getBean(RuleSetHistory.class).list()).hasSize(1);

    Path drl = firstRules.resolve("g1-lanh-dao-chi-dao/rules.drl");
    Files.writeString(drl, Files.readString(drl) + "\n// sửa đổi thử trên máy thứ nhất\n");
    RuleSetManager.Attempt attempt = one.activate(one.workingFolder(), "legal", "reload");
    assertThat(attempt.outcome()).isEqualTo(RuleSetManager.Outcome.ACTIVATED);
    String h1 = attempt.hash();
    assertThat(h1).isNotEqualTo(h0);
    await(() -> two.active().current().hash().equals(h1));
    assertThat(two.active().current().folder().toString()).contains(h1);

    RuleSetManager.Attempt back = two.rollback(second.getBean(RuleSetHistory.class).find(h0).orElseThrow(), "legal");
    assertThat(back.outcome()).isEqualTo(RuleSetManager.Outcome.ACTIVATED);
    await(() -> one.active().current().hash().equals(h0));
    assertThat(first.getBean(RuleSetHistory.class).list()).extracting(RuleSetHistory.Entry::reason)
        .containsExactly("rollback", "reload", "startup");
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the other instance did not switch within 30 s");
      }
      Thread.sleep(100);
    }
  }
}
