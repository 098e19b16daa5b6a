package vn.qcdc.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.evaluation.EvaluationJson;
import vn.qcdc.evaluation.Evaluator;
import vn.qcdc.rulebase.sandbox.RuleCode;
import vn.qcdc.support.SharedRules;

/** The compiled rule-set cache: same results, only trusted entries, never past the sandbox check. */
@ExtendWith(OutputCaptureExtension.class)
class RuleCacheTest {

  @TempDir
  Path temp;

  @Test
  void evaluatesEveryExampleToTheSameBytesWithAndWithoutTheCache() throws Exception {
    RuleCache cache = RuleCache.in(temp.resolve("cache"));
    RuleSet compiled = SharedRules.get();

    new RuleSetLoader(cache).load(Path.of("rules"));
    RuleCache.Outcome first = cache.lastOutcome();
    RuleSet cached = new RuleSetLoader(cache).load(Path.of("rules"));

    assertThat(first).isEqualTo(RuleCache.Outcome.STORED);
    assertThat(cache.lastOutcome()).isEqualTo(RuleCache.Outcome.HIT);
    for (String example : List.of("chi-minh-2025.json", "chi-minh-2026.json", "hung-dao-2023.json")) {
      var dossier = new DossierReader().read(Path.of("examples", example));
      assertThat(EvaluationJson.write(new Evaluator().evaluate(cached, dossier))).as(example)
          .isEqualTo(EvaluationJson.write(new Evaluator().evaluate(compiled, dossier)));
    }
  }

  @Test
  void ignoresACorruptedEntryWithAWarningAndWritesItAgain(CapturedOutput output) throws Exception {
    RuleCache cache = RuleCache.in(temp.resolve("cache"));
    new RuleSetLoader(cache).load(Path.of("rules"));
    Path entry = entries(temp.resolve("cache")).get(0);
    byte[] bytes = Files.readAllBytes(entry);
    bytes[bytes.length / 2] ^= 0x20;
    Files.write(entry, bytes);

    new RuleSetLoader(cache).load(Path.of("rules"));
    RuleCache.Outcome afterCorruption = cache.lastOutcome();
    new RuleSetLoader(cache).load(Path.of("rules"));

    assertThat(afterCorruption).isEqualTo(RuleCache.Outcome.REBUILT);
    assertThat(output.getAll()).contains("ignored (checksum does not match");
    assertThat(cache.lastOutcome()).isEqualTo(RuleCache.Outcome.HIT);
  }

  @Test
  void ignoresAnEntrySignedByAnotherCache(CapturedOutput output) throws Exception {
    RuleCache elsewhere = RuleCache.in(temp.resolve("elsewhere"));
    new RuleSetLoader(elsewhere).load(Path.of("rules"));
    RuleCache here = RuleCache.in(temp.resolve("here"));
    Path foreign = entries(temp.resolve("elsewhere")).get(0);
    Files.copy(foreign, temp.resolve("here").resolve(foreign.getFileName()));

    new RuleSetLoader(here).load(Path.of("rules"));

    assertThat(here.lastOutcome()).isEqualTo(RuleCache.Outcome.REBUILT);
    assertThat(output.getAll()).contains("written by another cache");
  }

  @Test
  void compilesAgainWhenARuleChanges() throws Exception {
    RuleCache cache = RuleCache.in(temp.resolve("cache"));
    RulesFolder rules = RulesFolder.copyOfShipped(temp.resolve("rules"));
    new RuleSetLoader(cache).load(rules.root);

    rules.replace("g5-khieu-nai-to-cao/rules.drl", "rule \"TC5.1", "// thụ lý\nrule \"TC5.1");
    new RuleSetLoader(cache).load(rules.root);

    assertThat(cache.lastOutcome()).isEqualTo(RuleCache.Outcome.STORED);
    assertThat(entries(temp.resolve("cache"))).hasSize(2);
  }

  @Test
  void runsTheSandboxCheckBeforeUsingAnEntryEvenOneThatHoldsTheRulesExactly() throws Exception {
    RuleCache cache = RuleCache.in(temp.resolve("cache"));
    RulesFolder rules = RulesFolder.copyOfShipped(temp.resolve("rules")).write("g4-tiep-cong-dan/loop.drl", """
        package qcdc.test;
        import vn.qcdc.dossier.facts.*;
        rule "TC4.1 vòng lặp"
        when
            Commune()
        then
            int i = 0;
            while (i < 1) { i = 0; }
        end
        """);
    Map<String, String> unchecked = new TreeMap<>(RuleCode.check(RuleSetLoader.ruleTexts(Path.of("rules")),
        new ArrayList<>()));
    unchecked.put("g4-tiep-cong-dan/loop.drl", Files.readString(rules.root.resolve("g4-tiep-cong-dan/loop.drl")));
    assertThat(cache.compile(unchecked, new ArrayList<>())).isNotNull();

    InvalidRuleSetException refused = catchThrowableOfType(InvalidRuleSetException.class,
        () -> new RuleSetLoader(cache).load(rules.root));

    assertThat(refused).isNotNull();
    assertThat(refused.problems()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("g4-tiep-cong-dan/loop.drl");
      assertThat(p.message()).contains("while");
    });
  }

  @Test
  void usesNoFolderThatOtherUsersMayWrite(CapturedOutput output) throws Exception {
    Path shared = Files.createDirectories(temp.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));

    RuleCache cache = RuleCache.in(shared);

    assertThat(cache.folder()).isEmpty();
    assertThat(output.getAll()).contains("compiled rule-set cache off", "closed to others");
  }

  private static List<Path> entries(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".rules")).sorted().toList();
    }
  }
}
