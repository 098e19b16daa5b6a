package vn.qcdc.workbook;

import java.math.BigDecimal;
import vn.qcdc.i18n.Message;

/**
 * The notes row: whether a column is required, how to enter it and what it means. The template is a Vietnamese
 * document, so its notes are the Vietnamese texts of the message bundles (workbook.note.*).
 */
final class Notes {

  private Notes() {}

  static String requirement(boolean required, Message condition) {
    if (required) {
      return vi(Message.of("workbook.note.required"));
    }
    return vi(condition == null ? Message.of("workbook.note.optional") : Message.of("workbook.note.requiredWhen",
        condition));
  }

  static String format(ColumnKind kind, BigDecimal min, BigDecimal max, String targetSheet) {
    return vi(switch (kind) {
      case TEXT -> Message.of("workbook.note.text");
      case TEXT_LINES -> Message.of("workbook.note.textLines");
      case INTEGER -> Message.of("workbook.note.integer", range(min, max));
      case INTEGER_LIST -> Message.of("workbook.note.integerList", range(min, max));
      case DECIMAL -> Message.of("workbook.note.decimal", range(min, max));
      case BOOLEAN -> Message.of("workbook.note.boolean");
      case DATE -> Message.of("workbook.note.date");
      case MONTH -> Message.of("workbook.note.month");
      case ENUM -> Message.of("workbook.note.enum");
      case ENUM_FLAG -> Message.of("workbook.note.enumFlag");
      case VILLAGE -> Message.of("workbook.note.village", targetSheet);
      case REFERENCE -> Message.of("workbook.note.reference", targetSheet);
      case PARENT_ID -> Message.of("workbook.note.parent", targetSheet);
      case RECORD_ID -> Message.of("workbook.note.record");
    });
  }

  /** The template's words: the Vietnamese text of {@code text}. */
  static String vi(Message text) {
    return text.in(Message.VIETNAMESE);
  }

  /** " từ 1 đến 5", " ≥ 0", " ≤ 14" or nothing (the bounds as the schema writes them). */
  private static Object range(BigDecimal min, BigDecimal max) {
    if (min != null && max != null) {
      return Message.of("workbook.note.range", min.toPlainString(), max.toPlainString());
    }
    if (min != null) {
      return Message.of("workbook.note.atLeast", min.toPlainString());
    }
    return max == null ? "" : Message.of("workbook.note.atMost", max.toPlainString());
  }

  static String join(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        out.append(out.length() == 0 ? "" : " ").append(part.trim());
      }
    }
    return out.toString();
  }
}
