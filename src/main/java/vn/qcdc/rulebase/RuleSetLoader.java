package vn.qcdc.rulebase;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import vn.qcdc.dossier.facts.Dossier;
import vn.qcdc.i18n.Message;
import vn.qcdc.rulebase.sandbox.RuleCode;

/**
 * Loads a rules folder: reads and checks every file, compiles the DRL into one KieBase, and reports every problem at
 * once. A folder with any problem yields no rule set.
 */
public final class RuleSetLoader {

  static final String PROFILE = "profile.yaml";
  static final String PARAMETERS = "parameters.yaml";
  static final String HOLIDAYS = "holidays.yaml";
  static final String CATALOGUE = "criteria.yaml";

  /** The names of the dossier's optional sections, which {@code requires} may name. */
  public static final Set<String> SECTIONS = Arrays.stream(Dossier.class.getRecordComponents())
      .map(c -> c.getName())
      .filter(n -> !Set.of("formatVersion", "dossierId", "commune", "period", "declarations").contains(n))
      .collect(Collectors.toUnmodifiableSet());

  private final RuleCache cache;

  /** A loader that compiles every time. */
  public RuleSetLoader() {
    this(RuleCache.none());
  }

  /** A loader that takes compiled rules from {@code cache} when it holds the same checked DRL, and keeps them there. */
  public RuleSetLoader(RuleCache cache) {
    this.cache = cache;
  }

  public RuleSet load(Path folder) throws InvalidRuleSetException {
    Path root = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      throw new InvalidRuleSetException(List.of(RuleSetProblem.of(folder.toString(), 0,
          Message.of("ruleset.folder.missing"))));
    }
    RuleSetFiles files = RuleSetFiles.of(root);
    List<RuleSetProblem> problems = new ArrayList<>(files.problems());
    Path profileFile = single(files, PROFILE, problems);
    Path parametersFile = single(files, PARAMETERS, problems);
    Path holidaysFile = single(files, HOLIDAYS, problems);

    CatalogueReader catalogue = new CatalogueReader(SECTIONS, problems);
    files.named(CATALOGUE).forEach(f -> catalogue.read(root, f));
    Profile profile = profileFile == null ? null : ProfileReader.read(root, profileFile, catalogue.groups, problems);
    Parameters parameters = parametersFile == null ? new Parameters(List.of())
        : ParametersReader.read(root, parametersFile, problems);
    HolidayCalendar calendar = holidaysFile == null ? null : HolidaysReader.read(root, holidaysFile, problems);

    List<Path> drl = new java.util.ArrayList<>(files.endingWith(".drl"));
    drl.addAll(files.endingWith(".dslr"));
    drl.addAll(files.endingWith(".dsl"));
    if (drl.isEmpty()) {
      problems.add(RuleSetProblem.of(".", 0, Message.of("ruleset.drl.none")));
    }
    Map<String, String> checked = RuleCode.check(texts(root, drl), problems);
    List<DrlRules.Declared> declared = DrlRules.read(root, drl);
    if (profile != null) {
      new CatalogueChecks(profile, catalogue.criteria, problems).check(declared);
    }
    KieBase kieBase = checked.isEmpty() ? null : cache.compile(checked, problems);
    if (!problems.isEmpty() || kieBase == null || profile == null || calendar == null) {
      throw new InvalidRuleSetException(problems);
    }
    Map<String, List<String>> ruleFiles = declared.stream().collect(Collectors.groupingBy(DrlRules.Declared::id,
        Collectors.mapping(d -> d.source().file(), Collectors.collectingAndThen(Collectors.toCollection(
            java.util.TreeSet::new), List::copyOf))));
    Map<String, Source> sources = declared.stream().collect(Collectors.toMap(DrlRules.Declared::name,
        DrlRules.Declared::source, (a, b) -> a));
    return new RuleSet(root, files.hash(), profile, catalogue.criteria, parameters, calendar, kieBase, ruleFiles,
        sources, warnings(declared, parameters));
  }

  /** Rule names that copy a constant's value, or name a constant that does not exist. */
  private static List<RuleSetProblem> warnings(List<DrlRules.Declared> declared, Parameters parameters) {
    List<RuleSetProblem> warnings = new ArrayList<>();
    for (DrlRules.Declared d : declared) {
      List<String> hits = ConstantText.spelledOut(d.name(), d.constants(), parameters);
      if (!hits.isEmpty()) {
        warnings.add(d.source().problem(Message.of("rules.name.spelledOut", d.name(), String.join(", ", hits))));
      }
      ConstantText.names(d.name()).stream().filter(id -> !parameters.contains(id)).forEach(id -> warnings.add(
          d.source().problem(Message.of("rules.name.unknownConstant", d.name(), id))));
    }
    return warnings;
  }

  /** The rule files (.drl, .dslr, .dsl) of a folder by relative name: what the sandbox check reads. */
  static Map<String, String> ruleTexts(Path folder) {
    Path root = folder.toAbsolutePath().normalize();
    RuleSetFiles files = RuleSetFiles.of(root);
    List<Path> drl = new ArrayList<>(files.endingWith(".drl"));
    drl.addAll(files.endingWith(".dslr"));
    drl.addAll(files.endingWith(".dsl"));
    return texts(root, drl);
  }

  private static Map<String, String> texts(Path root, List<Path> files) {
    Map<String, String> texts = new java.util.TreeMap<>();
    files.forEach(f -> texts.put(YamlFiles.relative(root, f), CatalogueReader.text(f)));
    return texts;
  }

  private static Path single(RuleSetFiles files, String name, List<RuleSetProblem> problems) {
    List<Path> found = files.files().stream().filter(p -> files.root().relativize(p).toString().equals(name)).toList();
    if (found.isEmpty()) {
      problems.add(RuleSetProblem.of(name, 0, Message.of("ruleset.file.missing", name)));
      return null;
    }
    return found.get(0);
  }

  /** Sum of a list of points, for the consistency checks. */
  static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
