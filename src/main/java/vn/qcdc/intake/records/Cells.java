package vn.qcdc.intake.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/** Turns a cell's text into the JSON value its column needs, or says in plain words why it cannot. */
final class Cells {

  private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu");
  private static final Set<String> TRUE = Set.of("true", "x", "1", "có", "co", "yes");
  private static final Set<String> FALSE = Set.of("false", "0", "không", "khong", "no");

  private Cells() {}

  /** The value, or throws with the reason. */
  static JsonNode value(Column column, String text) {
    return switch (column.type()) {
      case TEXT -> TextNode.valueOf(text);
      case DATE -> TextNode.valueOf(date(text).toString());
      case BOOLEAN -> BooleanNode.valueOf(bool(text));
      case INTEGER -> IntNode.valueOf(integer(text));
    };
  }

  private static LocalDate date(String text) {
    try {
      return text.contains("/") ? LocalDate.parse(text, VIETNAMESE) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (yyyy-MM-dd or dd/MM/yyyy)");
    }
  }

  private static boolean bool(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (TRUE.contains(t)) {
      return true;
    }
    if (FALSE.contains(t)) {
      return false;
    }
    throw new IllegalArgumentException("'" + text + "' is not a yes/no value (true/false, có/không, x, 1/0)");
  }

  private static int integer(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a whole number");
    }
  }
}
