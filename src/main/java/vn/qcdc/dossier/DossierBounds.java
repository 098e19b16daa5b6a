package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * The limits checked before anything else reads the values: every list within its schema {@code maxItems}, every
 * number written with at most 16 digits before the decimal point and 20 after it, and every text and field name made
 * of printable characters (tab and line breaks allowed; no other control character, no lone surrogate). A dossier
 * past a limit is refused with only these problems, so that a million-element list or {@code 1e1000000000} costs one
 * pass over the bytes and never reaches the rules or a {@code toPlainString} of a billion digits (a list's records are
 * validated up to its maximum, the length a list may have), and no escape sequence reaches a terminal, a page or a
 * spreadsheet cell.
 */
final class DossierBounds {

  /** Enough for the largest maximum of the format (10^15, money in đồng) and no more. */
  static final int MAX_INTEGER_DIGITS = 16;
  /** Enough for any number a spreadsheet writes (a double has at most 17 significant digits). */
  static final int MAX_FRACTION_DIGITS = 20;

  /**
   * The bounds of one dossier, handed its pieces in document order: the numbers and texts of every piece, then (as
   * the problems are listed) the lists of every piece. A record list's own length is known at its end, and is listed
   * before its records' lists, which are dropped when the list itself is too long.
   */
  static final class Tally {

    private final ProblemList values;
    private final ProblemList lists;
    private ProblemList recordLists;
    private boolean recordListsWithin;
    private boolean within = true;

    Tally(ProblemList problems) {
      values = problems.sibling();
      lists = problems.sibling();
    }

    /** Whether every value so far is within the limits. */
    boolean within() {
      return within;
    }

    void name(String name, JsonPaths.At path) {
      within &= checkCharacters(name, "tên trường", "field name", path, values);
    }

    void value(JsonNode value, JsonPaths.At path, SchemaWalk.Step step) {
      within &= checkNumbers(value, path, values);
      within &= checkLists(step, value, path, lists);
    }

    void listStart() {
      recordLists = lists.sibling();
      recordListsWithin = true;
    }

    void record(JsonNode record, JsonPaths.At path, SchemaWalk.Step step) {
      within &= checkNumbers(record, path, values);
      recordListsWithin &= checkLists(step, record, path, recordLists);
    }

    /** The most elements a list of the step's schema may hold. */
    static int maxItems(SchemaWalk.Step step) {
      JsonNode maxItems = step == null ? null : step.rule.get("maxItems");
      return maxItems == null ? Integer.MAX_VALUE : maxItems.asInt();
    }

    void listEnd(int size, JsonPaths.At path, SchemaWalk.Step step) {
      if (size > maxItems(step)) {
        within = false;
        lists.add(tooLongProblem(path, size, step.rule.get("maxItems").asInt()));
      } else {
        within &= recordListsWithin;
        lists.append(recordLists);
      }
      recordLists = null;
    }

    /** The problems in the order they are listed. */
    void report(ProblemList problems) {
      problems.append(values);
      problems.append(lists);
    }
  }

  private static boolean checkLists(SchemaWalk.Step step, JsonNode piece, JsonPaths.At at, ProblemList problems) {
    boolean[] within = {true};
    SchemaWalk.walk(step, piece, at, (rule, definition, value, path) -> {
      JsonNode maxItems = rule.get("maxItems");
      if (value.isArray() && maxItems != null && value.size() > maxItems.asInt()) {
        within[0] = false;
        problems.add(tooLongProblem(path, value.size(), maxItems.asInt()));
        return false;
      }
      return true;
    });
    return within[0];
  }

  private static DossierProblem tooLongProblem(JsonPaths.At path, int size, int maxItems) {
    return new DossierProblem(path.toString(), "danh sách có " + Amounts.vi(size) + " phần tử, vượt giới hạn "
        + Amounts.vi(maxItems) + " của định dạng (list has " + Amounts.en(size)
        + " elements; the format allows at most " + Amounts.en(maxItems) + ")");
  }

  /** Every number and text of the tree, members the schema does not know included; whether all are within limits. */
  private static boolean checkNumbers(JsonNode node, JsonPaths.At path, ProblemList problems) {
    boolean within = true;
    if (node.isNumber()) {
      within = checkDigits(node, path, problems);
    } else if (node.isTextual()) {
      within = checkCharacters(node.asText(), "văn bản", "text", path, problems);
    } else if (node.isObject()) {
      for (var member : node.properties()) {
        JsonPaths.At at = path.field(member.getKey());
        within &= checkCharacters(member.getKey(), "tên trường", "field name", at, problems);
        within &= checkNumbers(member.getValue(), at, problems);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        within &= checkNumbers(node.get(i), path.index(i), problems);
      }
    }
    return within;
  }

  private static boolean checkDigits(JsonNode number, JsonPaths.At path, ProblemList problems) {
    BigDecimal value = number.isIntegralNumber() ? new BigDecimal(number.bigIntegerValue()) : number.decimalValue();
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      problems.add(path.toString(), "số quá lớn: " + shown(value) + " có hơn " + MAX_INTEGER_DIGITS + " chữ số trước dấu thập "
          + "phân (number too large: more than " + MAX_INTEGER_DIGITS + " digits before the decimal point)");
    } else if (value.scale() > MAX_FRACTION_DIGITS) {
      problems.add(path.toString(), "số có quá nhiều chữ số thập phân: " + shown(value) + " có hơn " + MAX_FRACTION_DIGITS
          + " chữ số sau dấu thập phân (more than " + MAX_FRACTION_DIGITS + " digits after the decimal point)");
    } else {
      return true;
    }
    return false;
  }

  private static boolean checkCharacters(String text, String vi, String en, JsonPaths.At path,
      ProblemList problems) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
      boolean loneSurrogate = Character.isSurrogate(c);
      if (control || loneSurrogate) {
        String code = String.format("U+%04X", (int) c);
        problems.add(path.toString(), vi + " chứa " + (control ? "ký tự điều khiển " : "nửa cặp thay thế (surrogate) ") + code
            + " ở vị trí " + (i + 1) + "; chỉ được dùng chữ, số, dấu, tab và xuống dòng (" + en + " contains "
            + (control ? "the control character " : "the lone surrogate ") + code + ")");
        return false;
      }
    }
    return true;
  }

  /** The number as Java writes it, which stays short for any exponent ({@code 1E+1000000000}), cut at 40 characters. */
  private static String shown(BigDecimal value) {
    String text = value.toString();
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
