package vn.qcdc.rulebase.sandbox;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.kie.internal.builder.KnowledgeBuilderResult;
import vn.qcdc.i18n.Message;
import vn.qcdc.rulebase.DroolsErrors;
import vn.qcdc.rulebase.RuleSetProblem;

/**
 * The rule sandbox's gate: checks the code of a rule set (its {@code .drl}, {@code .dslr} and {@code .dsl} files)
 * against the {@link Vocabulary} and returns the DRL to compile. What is compiled is exactly what was checked: the
 * DSL sentences are expanded here, once, and the compiler never sees a file of its own.
 */
public final class RuleCode {

  /** The suffix under which an expanded {@code .dslr} file is compiled; compiler messages drop it again. */
  public static final String EXPANDED = ".drl";

  private RuleCode() {}

  /**
   * Checks every rule file; returns the DRL to compile (relative name → text), or an empty map when any problem was
   * found, since nothing unchecked may be compiled.
   */
  public static Map<String, String> check(Map<String, String> files, List<RuleSetProblem> problems) {
    int before = problems.size();
    Map<String, String> drl = new TreeMap<>();
    files.forEach((name, text) -> noUnicodeEscapes(name, text, problems));
    DefaultExpander expander = expander(files, problems);
    files.forEach((name, text) -> {
      if (name.endsWith(".drl")) {
        drl.put(name, text);
      } else if (name.endsWith(".dslr")) {
        String expanded = expand(name, text, expander, problems);
        if (expanded != null) {
          drl.put(name + EXPANDED, expanded);
        }
      }
    });
    Map<String, SourceText> sources = new LinkedHashMap<>();
    Map<String, PackageDescr> parsed = new LinkedHashMap<>();
    drl.forEach((name, text) -> {
      SourceText source = new SourceText(shown(name), text, problems);
      PackageDescr pkg = parse(source);
      if (pkg != null) {
        sources.put(name, source);
        parsed.put(name, pkg);
      }
    });
    Set<String> functions = new HashSet<>();
    Map<String, Located> declared = new LinkedHashMap<>();
    parsed.forEach((name, pkg) -> pkg.getFunctions().forEach(f -> {
      functions.add(f.getName());
      declared.put(f.getName(), new Located(sources.get(name), f));
    }));
    Map<String, List<String>> calls = new LinkedHashMap<>();
    parsed.forEach((name, pkg) -> {
      RuleFileCheck check = new RuleFileCheck(sources.get(name), pkg, functions);
      check.check();
      calls.putAll(check.calls);
    });
    Recursion.cycles(calls).forEach((function, cycle) -> {
      Located f = declared.get(function);
      f.source().refuse(f.function(), function, Message.of("sandbox.recursion", function,
          String.join(" → ", cycle)));
    });
    return problems.size() == before ? drl : Map.of();
  }

  /** The name a problem is shown under: the file the legal staff wrote. */
  public static String shown(String compiledName) {
    return compiledName.endsWith(".dslr" + EXPANDED)
        ? compiledName.substring(0, compiledName.length() - EXPANDED.length()) : compiledName;
  }

  private record Located(SourceText source, FunctionDescr function) {}

  /** A unicode escape is read by the Java compiler before anything else, so it could hide code inside a text. */
  private static void noUnicodeEscapes(String name, String text, List<RuleSetProblem> problems) {
    SourceText source = new SourceText(name, text, problems);
    int at = text.indexOf("\\u");
    if (at >= 0) {
      source.refuse(source.position(at), Message.of("sandbox.unicodeEscape"));
    }
  }

  private static DefaultExpander expander(Map<String, String> files, List<RuleSetProblem> problems) {
    DefaultExpander expander = new DefaultExpander();
    files.forEach((name, text) -> {
      if (!name.endsWith(".dsl")) {
        return;
      }
      DSLTokenizedMappingFile dsl = new DSLTokenizedMappingFile();
      try {
        if (!dsl.parseAndLoad(new StringReader(text))) {
          dsl.getErrors().forEach(e -> problems.add(problem(name, e, "sandbox.dsl.error")));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      expander.addDSLMapping(dsl.getMapping());
    });
    return expander;
  }

  /** The DRL a DSLR file stands for, or null (after naming each line no sentence matches). */
  private static String expand(String name, String text, DefaultExpander expander, List<RuleSetProblem> problems) {
    String expanded = expander.expand(text);
    if (expander.getErrors().isEmpty()) {
      return expanded;
    }
    for (ExpanderException e : expander.getErrors()) {
      problems.add(RuleSetProblem.of(name, e.getLine(), Message.of("sandbox.dsl.noMatch",
          e.getMessage().replaceFirst("^\\[\\d+\\]\\s*Unable to expand:\\s*", "").strip())));
    }
    expander.getErrors().clear();
    return null;
  }

  private static PackageDescr parse(SourceText source) {
    DrlParser parser = new DrlParser();
    try {
      PackageDescr pkg = parser.parse(false, source.text());
      if (!parser.hasErrors() && pkg != null) {
        return pkg;
      }
    } catch (DroolsParserException | RuntimeException e) {
      source.refuse(new SourceText.Position(1, 1), Message.of("sandbox.unparsable", String.valueOf(e.getMessage())));
      return null;
    }
    for (DroolsError e : parser.getErrors()) {
      problems(source, e);
    }
    return null;
  }

  private static void problems(SourceText source, DroolsError e) {
    int line = e.getLines() != null && e.getLines().length > 0 ? Math.max(e.getLines()[0], 1) : 1;
    int column = e instanceof org.drools.drl.parser.ParserError p ? p.getCol() + 1 : 1;
    source.refuse(new SourceText.Position(line, column), DroolsErrors.explain(e.getMessage()));
  }

  private static RuleSetProblem problem(String file, KnowledgeBuilderResult e, String kind) {
    int line = e.getLines() != null && e.getLines().length > 0 ? e.getLines()[0] : 0;
    return RuleSetProblem.of(file, line, Message.of(kind, e.getMessage()));
  }
}
