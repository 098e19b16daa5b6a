package vn.qcdc.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import vn.qcdc.assessment.EvaluationRepository;
import vn.qcdc.cli.ExitCode;
import vn.qcdc.lifecycle.Lifecycle;
import vn.qcdc.official.OfficialResults;

/** The architecture rules are not rules that cannot fail: each refuses a small fixture that breaks it. */
class ArchitectureRulesBiteTest {

  @Test
  void storedResultsThatImportTheCommandLineAreRefused() throws ClassNotFoundException {
    JavaClasses leak = new ClassFileImporter().importClasses(
        Class.forName("vn.qcdc.assessment.CommandLineLeakFixture"), ExitCode.class);

    assertThat(ArchitectureRules.NO_COMMAND_LINE_IN_RESULTS.evaluate(leak).hasViolation()).isTrue();
  }

  @Test
  void aCycleBetweenTwoFeaturePackagesIsRefused() throws ClassNotFoundException {
    JavaClasses cycle = new ClassFileImporter().importClasses(Class.forName("vn.qcdc.lifecycle.CycleFixture"),
        OfficialResults.class, Lifecycle.class);

    assertThat(ArchitectureRules.NO_CYCLES.evaluate(cycle).hasViolation()).isTrue();
  }

  @Test
  void aPageThatReachesIntoStorageIsRefused() throws ClassNotFoundException {
    JavaClasses page = new ClassFileImporter().importClasses(Class.forName("archfixture.StoragePageFixture"),
        EvaluationRepository.class);

    assertThat(ArchitectureRules.PAGES_AND_REPORTS_READ_SERVICES_ONLY.evaluate(page).hasViolation()).isTrue();
  }
}
