package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * The limits checked before anything else reads the values: every list within its schema {@code maxItems}, every
 * number written with at most 16 digits before the decimal point and 20 after it, and every text and field name made
 * of printable characters (tab and line breaks allowed; no other control character, no lone surrogate). A dossier
 * past a limit is refused with only these problems, so that a million-element list or {@code 1e1000000000} costs one
 * pass over the tree and never reaches the validator, the rules or a {@code toPlainString} of a billion digits, and
 * no escape sequence reaches a terminal, a page or a spreadsheet cell.
 */
final class DossierBounds {

  /** Enough for the largest maximum of the format (10^15, money in đồng) and no more. */
  static final int MAX_INTEGER_DIGITS = 16;
  /** Enough for any number a spreadsheet writes (a double has at most 17 significant digits). */
  static final int MAX_FRACTION_DIGITS = 20;

  private final SchemaWalk walk;

  DossierBounds(SchemaWalk walk) {
    this.walk = walk;
  }

  /** Adds a problem for each value past a limit; returns whether all values are within the limits. */
  boolean check(JsonNode dossier, ProblemList problems) {
    boolean[] within = {checkNumbers(dossier, JsonPaths.At.ROOT, problems)};
    walk.walk(dossier, (rule, definition, value, path) -> {
      JsonNode maxItems = rule.get("maxItems");
      if (value.isArray() && maxItems != null && value.size() > maxItems.asInt()) {
        within[0] = false;
        problems.add(path.toString(), "danh sách có " + Amounts.vi(value.size()) + " phần tử, vượt giới hạn "
            + Amounts.vi(maxItems.asInt()) + " của định dạng (list has " + Amounts.en(value.size())
            + " elements; the format allows at most " + Amounts.en(maxItems.asInt()) + ")");
        return false;
      }
      return true;
    });
    return within[0];
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
