package vn.qcdc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/** The package boundaries of issue #11 as ArchUnit rules, checked on the main classes by {@link ArchitectureTest}. */
final class ArchitectureRules {

  /** No cycle between feature packages ({@link Modules}). */
  static final ArchRule NO_CYCLES = slices().assignedFrom(Modules.BY_FEATURE).should().beFreeOfCycles();

  /** Stored results, the lifecycle, appraisal, the engine and the reports never use the command line. */
  static final ArchRule NO_COMMAND_LINE_IN_RESULTS = noClasses().that().resideInAnyPackage("vn.qcdc.assessment..",
          "vn.qcdc.official..", "vn.qcdc.lifecycle..", "vn.qcdc.review..", "vn.qcdc.evaluation..", "vn.qcdc.report..")
      .should().dependOnClassesThat().resideInAPackage("vn.qcdc.cli..")
      .because("the typed result and its JSON live beside the engine; the command line only prints them");

  /** Page controllers and reports read typed results through services: no storage, no command line, no JSON trees. */
  static final ArchRule PAGES_AND_REPORTS_READ_SERVICES_ONLY = noClasses().that().areAnnotatedWith(Controller.class)
      .or().resideInAPackage("vn.qcdc.report..")
      .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
      .orShould().dependOnClassesThat().areAssignableTo(JdbcClient.class)
      .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
      .orShould().dependOnClassesThat().resideInAPackage("vn.qcdc.cli..")
      .orShould().dependOnClassesThat().areAssignableTo(JsonNode.class)
      .because("a page or a report reads the typed official result through OfficialResults and the services");

  /** The JSON form of a result is written and read beside the engine. */
  static final ArchRule RESULT_JSON_BESIDE_THE_ENGINE = classes().that().haveSimpleNameEndingWith("EvaluationJson")
      .should().resideInAPackage("vn.qcdc.evaluation");

  private ArchitectureRules() {}
}
