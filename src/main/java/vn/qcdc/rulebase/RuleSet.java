package vn.qcdc.rulebase;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * A validated rule set: catalogue, parameters, calendar and the compiled rules, identified by the SHA-256 of its files.
 * Immutable and thread-safe: every evaluation opens its own short-lived session on the shared KieBase.
 */
public final class RuleSet {

  private final Path folder;
  private final String hash;
  private final Profile profile;
  private final List<Criterion> criteria;
  private final Parameters parameters;
  private final HolidayCalendar calendar;
  private final KieBase kieBase;
  private final Map<String, List<String>> ruleFiles;
  private final Map<String, Source> ruleSources;
  private final Set<String> globals;
  private final List<RuleSetProblem> warnings;
  private final Instant loadedAt = Instant.now();

  RuleSet(Path folder, String hash, Profile profile, List<Criterion> criteria, Parameters parameters,
      HolidayCalendar calendar, KieBase kieBase, Map<String, List<String>> ruleFiles, Map<String, Source> ruleSources,
      List<RuleSetProblem> warnings) {
    this.folder = folder;
    this.hash = hash;
    this.profile = profile;
    this.criteria = List.copyOf(criteria);
    this.parameters = parameters;
    this.calendar = calendar;
    this.kieBase = kieBase;
    this.ruleFiles = Map.copyOf(ruleFiles);
    this.ruleSources = Map.copyOf(ruleSources);
    this.warnings = List.copyOf(warnings);
    this.globals = kieBase.getKiePackages().stream().map(KiePackage::getGlobalVariables).flatMap(Collection::stream)
        .map(g -> g.getName()).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Runs the rules once over {@code facts}, confined to {@code limits}, and returns the objects the rules derived that
   * {@code resultTypes} accepts.
   *
   * @throws RunawayEvaluationException if the run passes one of its limits (it is stopped, even inside a rule)
   */
  public List<Object> fire(Collection<?> facts, Map<String, Object> globalValues, Predicate<Object> resultTypes,
      RunLimits limits) {
    Map<String, Object> declared = new java.util.HashMap<>(globalValues);
    declared.keySet().retainAll(globals);
    try {
      return RuleRun.fire(kieBase, facts, declared, resultTypes, limits);
    } catch (RunawayEvaluationException e) {
      java.time.LocalDate on = globalValues.get("law") instanceof vn.qcdc.ruleapi.Law law ? law.periodEnd()
          : java.time.LocalDate.now();
      throw e.titled(name -> ruleTitle(name, on));
    }
  }

  public Path folder() {
    return folder;
  }

  public String hash() {
    return hash;
  }

  public Profile profile() {
    return profile;
  }

  public List<Criterion> criteria() {
    return criteria;
  }

  public Optional<Criterion> criterion(String id) {
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The DRL files (relative to the rules folder) whose rules name a criterion or adjustment id. */
  public List<String> ruleFiles(String id) {
    return ruleFiles.getOrDefault(id, List.of());
  }

  /** Where the rule of this name is declared (file and line), if it is. */
  public Optional<Source> ruleSource(String ruleName) {
    return Optional.ofNullable(ruleName == null ? null : ruleSources.get(ruleName));
  }

  /**
   * What the loader would have legal staff look at without refusing the folder: a rule name that spells out a number
   * a constant holds (write {@code {K02}} so that the name follows the value).
   */
  public List<RuleSetProblem> warnings() {
    return warnings;
  }

  /** A rule's name as people read it: each {@code {K02}} it names replaced by the value in force on {@code on}. */
  public String ruleTitle(String ruleName, java.time.LocalDate on) {
    return ConstantText.fill(ruleName, parameters, on);
  }

  /** A catalogue text (a legal basis) with each {@code {K02}} replaced by the value in force today. */
  public String cite(String text) {
    return ConstantText.fill(text, parameters, java.time.LocalDate.now());
  }

  /** A catalogue title with each {@code {K02}} replaced by the value in force today. */
  public Text cite(Text text) {
    return ConstantText.fill(text, parameters, java.time.LocalDate.now());
  }

  public Parameters parameters() {
    return parameters;
  }

  public HolidayCalendar calendar() {
    return calendar;
  }

  public Instant loadedAt() {
    return loadedAt;
  }
}
