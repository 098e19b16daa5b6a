package vn.qcdc.rulebase;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qcdc.i18n.Message;

/**
 * Drools' parser and compiler messages as legal staff read them: Drools' own text stays as found (it is data, and the
 * words a search finds), framed by the bundles' words and, for the errors met most often, preceded by a plain
 * explanation in the reader's language.
 */
public final class DroolsErrors {

  private static final Pattern PREFIX = Pattern.compile("^\\[ERR \\d+\\]\\s*Line (\\d+):(\\d+)\\s*");
  private static final Pattern IN_RULE = Pattern.compile("\\s*in rule(\\s+\"[^\"]*\")?\\s*$");
  private static final Pattern JAVA = Pattern.compile("^Rule Compilation error\\s*");

  /** A Drools text pattern and the explanation its groups fill in, tried in order (the first that matches wins). */
  private record Known(Pattern pattern, Function<Matcher, Message> explanation) {}

  private static final List<Known> KNOWN = List.of(
      known("mismatched input '<eof>'", m -> Message.of("rules.drl.explain.eof")),
      known("mismatched input '(.+?)'", m -> Message.of("rules.drl.explain.unexpected", m.group(1))),
      known("extraneous input '(.+?)'", m -> Message.of("rules.drl.explain.extra", m.group(1))),
      known("missing (\\S+) at '(.*?)'", m -> Message.of("rules.drl.explain.missing", m.group(1), m.group(2))),
      known("no viable alternative at input '(.+?)'", m -> Message.of("rules.drl.explain.unreadable", m.group(1))),
      known("Unable to Analyse Expression (.*?):?\\s*$", m -> Message.of("rules.drl.explain.condition",
          m.group(1).strip())),
      known("Duplicate rule name: (.*)$", m -> Message.of("rules.drl.explain.duplicate", m.group(1).strip())),
      known("Type mismatch: cannot convert from (\\S+) to (\\S+)", m -> Message.of("rules.drl.explain.mismatch",
          m.group(1), m.group(2))),
      known("The method (\\w+)\\(.*?\\) is undefined for the type (\\S+)", m -> Message.of(
          "rules.drl.explain.noMethod", m.group(1), m.group(2))),
      known("The method (\\w+)\\(.*?\\) in the type (\\S+) is not applicable", m -> Message.of(
          "rules.drl.explain.arguments", m.group(1), m.group(2))),
      known("^(\\S+) cannot be resolved", m -> Message.of("rules.drl.explain.unknownName", m.group(1))));

  private DroolsErrors() {}

  /** The column a parser message names ({@code [ERR 102] Line 7:28 …}, 0-based), 1-based; empty if none. */
  public static Optional<Integer> column(String drools) {
    Matcher m = PREFIX.matcher(drools.strip());
    return m.find() ? Optional.of(Integer.parseInt(m.group(2)) + 1) : Optional.empty();
  }

  /** The line a parser message names in its text, if it does. */
  public static Optional<Integer> line(String drools) {
    Matcher m = PREFIX.matcher(drools.strip());
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** Drools' text without its position prefix and the rule it names (the problem carries both already). */
  public static String plain(String drools) {
    String first = drools.strip().lines().findFirst().orElse("");
    first = PREFIX.matcher(first).replaceFirst("");
    first = IN_RULE.matcher(first).replaceFirst("");
    return first.strip();
  }

  /** The problem's words: "Lỗi DRL: " and a plain explanation when the error is a common one, then Drools' text. */
  public static Message explain(String drools) {
    String text = plain(drools);
    boolean java = JAVA.matcher(text).find();
    String rest = JAVA.matcher(text).replaceFirst("");
    for (Known k : KNOWN) {
      Matcher m = k.pattern().matcher(rest);
      if (m.find()) {
        return Message.of(java ? "rules.drl.java.explained" : "rules.drl.explained", k.explanation().apply(m), rest);
      }
    }
    return Message.of(java ? "rules.drl.java" : "rules.drl", rest);
  }

  private static Known known(String regex, Function<Matcher, Message> explanation) {
    return new Known(Pattern.compile(regex), explanation);
  }
}
