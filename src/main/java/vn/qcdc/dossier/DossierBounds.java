package vn.qcdc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * The size limits checked before anything else reads the values: every list within its schema {@code maxItems} and
 * every number written with at most 16 digits before the decimal point and 20 after it. A dossier past a limit is
 * refused with only these problems, so that a million-element list or {@code 1e1000000000} costs one pass over the
 * tree and never reaches the validator, the rules or a {@code toPlainString} of a billion digits.
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
    int before = problems.total();
    checkNumbers(dossier, JsonPaths.ROOT, problems);
    walk.walk(dossier, (rule, definition, value, path) -> {
      JsonNode maxItems = rule.get("maxItems");
      if (value.isArray() && maxItems != null && value.size() > maxItems.asInt()) {
        problems.add(path, "danh sách có " + Amounts.vi(value.size()) + " phần tử, vượt giới hạn "
            + Amounts.vi(maxItems.asInt()) + " của định dạng (list has " + Amounts.en(value.size())
            + " elements; the format allows at most " + Amounts.en(maxItems.asInt()) + ")");
        return false;
      }
      return true;
    });
    return problems.total() == before;
  }

  /** Every number of the tree, members the schema does not know included. */
  private static void checkNumbers(JsonNode node, String path, ProblemList problems) {
    if (node.isNumber()) {
      checkDigits(node, path, problems);
    } else if (node.isObject()) {
      for (var member : node.properties()) {
        checkNumbers(member.getValue(), JsonPaths.field(path, member.getKey()), problems);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkNumbers(node.get(i), JsonPaths.index(path, i), problems);
      }
    }
  }

  private static void checkDigits(JsonNode number, String path, ProblemList problems) {
    BigDecimal value = number.isIntegralNumber() ? new BigDecimal(number.bigIntegerValue()) : number.decimalValue();
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      problems.add(path, "số quá lớn: " + shown(value) + " có hơn " + MAX_INTEGER_DIGITS + " chữ số trước dấu thập "
          + "phân (number too large: more than " + MAX_INTEGER_DIGITS + " digits before the decimal point)");
    } else if (value.scale() > MAX_FRACTION_DIGITS) {
      problems.add(path, "số có quá nhiều chữ số thập phân: " + shown(value) + " có hơn " + MAX_FRACTION_DIGITS
          + " chữ số sau dấu thập phân (more than " + MAX_FRACTION_DIGITS + " digits after the decimal point)");
    }
  }

  /** The number as Java writes it, which stays short for any exponent ({@code 1E+1000000000}), cut at 40 characters. */
  private static String shown(BigDecimal value) {
    String text = value.toString();
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
