package vn.qcdc.rulebase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts that name a constant of {@code parameters.yaml} as {@code {K02}} instead of copying its value: rule names,
 * finding sentences and legal-basis citations take the value in force on the date they speak of, so a change of value
 * never leaves an old number in a sentence. A text without such a name is returned unchanged (the same string).
 */
public final class ConstantText {

  private static final Pattern NAME = Pattern.compile("\\{([A-Z][A-Z0-9_]*)\\}");
  /** A number standing alone in a rule name ("30 ngày", "ít nhất 3 lần"), not part of an id or a date. */
  private static final Pattern NUMBER = Pattern.compile("(?<![\\d./:-])(\\d+)(?![\\d./:-])");

  private ConstantText() {}

  /**
   * {@code text} with each {@code {ID}} of a known constant replaced by its value in force on {@code on}. Scanned by
   * hand, as {@link #NAME} would match: it runs for every check of a dossier (thousands), where a regex cost more than
   * the sentence.
   */
  public static String fill(String text, Parameters parameters, LocalDate on) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    int copied = 0;
    int open = text.indexOf('{');
    while (open >= 0) {
      int end = nameEnd(text, open + 1);
      boolean named = end > open + 1 && end < text.length() && text.charAt(end) == '}';
      String id = named ? text.substring(open + 1, end) : null;
      if (id != null && parameters.contains(id)) {
        out = out == null ? new StringBuilder(text.length() + 16) : out;
        out.append(text, copied, open).append(parameters.get(id).valueOn(on).value());
        copied = end + 1;
        open = text.indexOf('{', copied);
      } else {
        open = text.indexOf('{', open + 1);
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** Where a constant name starting at {@code from} ends: {@code [A-Z][A-Z0-9_]*}, or {@code from} if none starts. */
  private static int nameEnd(String text, int from) {
    if (from >= text.length() || text.charAt(from) < 'A' || text.charAt(from) > 'Z') {
      return from;
    }
    int i = from + 1;
    while (i < text.length() && isNamePart(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isNamePart(char c) {
    return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  public static Text fill(Text text, Parameters parameters, LocalDate on) {
    if (text == null) {
      return null;
    }
    String vi = fill(text.vi(), parameters, on);
    String en = fill(text.en(), parameters, on);
    return vi == text.vi() && en == text.en() ? text : Text.of(vi, en);
  }

  /** The constant ids a text names in braces. */
  public static Set<String> names(String text) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = NAME.matcher(text == null ? "" : text);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /**
   * The constants among {@code used} (those the rule reads) whose value, in any period, is a number the rule's name
   * spells out after its first word (the criterion id): the name should say {@code {K02}} so that it follows the value.
   */
  static List<String> spelledOut(String ruleName, Set<String> used, Parameters parameters) {
    String rest = NAME.matcher(ruleName.contains(" ") ? ruleName.substring(ruleName.indexOf(' ')) : "").replaceAll("");
    List<String> hits = new ArrayList<>();
    Matcher m = NUMBER.matcher(rest);
    while (m.find()) {
      String n = m.group(1);
      for (DatedConstant k : parameters.all()) {
        if (!used.contains(k.id())) {
          continue;
        }
        boolean numeric = k.values().stream().allMatch(v -> v.unit() == DatedConstant.Unit.DAYS
            || v.unit() == DatedConstant.Unit.WORKING_DAYS || v.unit() == DatedConstant.Unit.NUMBER);
        if (numeric && k.values().stream().anyMatch(v -> v.value().equals(n))) {
          hits.add(n + " (" + k.id() + ")");
        }
      }
    }
    return hits;
  }
}
