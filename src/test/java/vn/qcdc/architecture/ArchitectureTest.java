package vn.qcdc.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries the code keeps (issue #11), checked on the compiled main classes: no cycle between feature
 * packages; the result model and its JSON beside the engine, never in the command line; pages and reports read
 * results through the features' services, never storage, the command line or JSON trees.
 */
class ArchitectureTest {

  static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("vn.qcdc");
  }

  @Test
  void featurePackagesHaveNoCycles() {
    ArchitectureRules.NO_CYCLES.check(main);
  }

  @Test
  void storedResultsLifecycleAppraisalTheEngineAndReportsNeverUseTheCommandLine() {
    ArchitectureRules.NO_COMMAND_LINE_IN_RESULTS.check(main);
  }

  @Test
  void pagesAndReportsNeverReachIntoStorageTheCommandLineOrJsonTrees() {
    ArchitectureRules.PAGES_AND_REPORTS_READ_SERVICES_ONLY.check(main);
  }

  @Test
  void theResultModelAndItsJsonLiveBesideTheEngine() {
    ArchitectureRules.RESULT_JSON_BESIDE_THE_ENGINE.check(main);
  }
}
