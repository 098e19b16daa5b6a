package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.qcdc.i18n.Message;

/**
 * Turns one cell into the JSON value of its column: labels into the format's values, Có/Không into booleans, real or
 * typed dates (dd/MM/yyyy) into {@code yyyy-MM-dd}, numbers typed as text into numbers.
 */
final class CellReader {

  /** A cell that cannot be read as its column requires, worded in the message bundles (workbook.cell.*). */
  static final class BadCell extends Exception {

    private final transient Message text;

    BadCell(String key, Object... args) {
      super(key, null, false, false);
      this.text = Message.of(key, args);
    }

    Message text() {
      return text;
    }
  }

  private static final Set<String> YES = Set.of("có", "co", "x", "true", "đúng", "1");
  private static final Set<String> NO = Set.of("không", "khong", "false", "sai", "0");
  /** Excel serial numbers of 1 January 1990 and 31 December 2100: a plain number there is read as a date. */
  private static final double FIRST_SERIAL = 32874;
  private static final double LAST_SERIAL = 73415;
  /** As the dossier reader's limits on a number: 16 digits before the decimal point, 20 after. */
  private static final int MAX_INTEGER_DIGITS = 16;
  private static final int MAX_FRACTION_DIGITS = 20;

  private final VietnameseLabels labels;
  private final SchemaModel schema;
  private final Map<String, String> villages;
  private final DataFormatter formatter = new DataFormatter();

  /** {@code villages} maps a village's normalised name, and its id, to its id. */
  CellReader(VietnameseLabels labels, SchemaModel schema, Map<String, String> villages) {
    this.labels = labels;
    this.schema = schema;
    this.villages = villages;
  }

  /** Whether the cell holds nothing (or only spaces). */
  static boolean isBlank(Cell cell) {
    if (cell == null) {
      return true;
    }
    CellType type = type(cell);
    return type == CellType.BLANK || type == CellType.STRING && cell.getStringCellValue().isBlank();
  }

  /** The value of the cell for the column, or null when the cell is blank. */
  JsonNode read(Cell cell, Column column) throws BadCell {
    if (isBlank(cell)) {
      return null;
    }
    return switch (column.kind()) {
      case INTEGER -> LongNode.valueOf(integer(cell));
      case DECIMAL -> decimal(cell);
      case BOOLEAN, ENUM_FLAG -> BooleanNode.valueOf(yesNo(cell));
      case DATE -> TextNode.valueOf(date(cell).toString());
      case MONTH -> TextNode.valueOf(month(cell).toString());
      case ENUM -> TextNode.valueOf(enumValue(cell, column));
      case TEXT_LINES -> lines(cell);
      case INTEGER_LIST -> integers(cell);
      case VILLAGE -> TextNode.valueOf(villages.getOrDefault(VietnameseLabels.normalise(text(cell)), text(cell)));
      default -> TextNode.valueOf(text(cell));
    };
  }

  /** The cell as text: NFC, trimmed; numbers without a needless ".0". */
  String text(Cell cell) throws BadCell {
    String text = switch (type(cell)) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell)
          : plain(BigDecimal.valueOf(cell.getNumericCellValue()));
      case BOOLEAN -> cell.getBooleanCellValue() ? labels.yes() : labels.no();
      case ERROR -> throw new BadCell("workbook.cell.formulaError");
      default -> "";
    };
    return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').trim();
  }

  private String enumValue(Cell cell, Column column) throws BadCell {
    String entry = text(cell);
    return labels.enumValue(column.enumeration(), schema.enumValues(column.enumeration()), entry)
        .orElseThrow(() -> new BadCell("workbook.cell.notInList", entry));
  }

  private long integer(Cell cell) throws BadCell {
    if (type(cell) == CellType.NUMERIC) {
      double number = cell.getNumericCellValue();
      if (number != Math.rint(number) || Math.abs(number) > 1e15) {
        throw new BadCell("workbook.cell.notInteger", text(cell));
      }
      return (long) number;
    }
    String text = text(cell);
    return TypedText.integer(text).orElseThrow(() -> new BadCell("workbook.cell.notInteger", text));
  }

  private JsonNode decimal(Cell cell) throws BadCell {
    String text = text(cell);
    BigDecimal number = type(cell) == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue())
        : TypedText.decimal(text).orElseThrow(() -> new BadCell("workbook.cell.notNumber", text));
    BigDecimal normal = number.stripTrailingZeros();
    if (normal.precision() - normal.scale() > MAX_INTEGER_DIGITS || normal.scale() > MAX_FRACTION_DIGITS) {
      throw new BadCell("workbook.cell.tooManyDigits", text, MAX_INTEGER_DIGITS, MAX_FRACTION_DIGITS);
    }
    if (normal.scale() <= 0) {
      return LongNode.valueOf(normal.longValueExact());
    }
    return DecimalNode.valueOf(normal);
  }

  private boolean yesNo(Cell cell) throws BadCell {
    if (type(cell) == CellType.BOOLEAN) {
      return cell.getBooleanCellValue();
    }
    String entry = VietnameseLabels.normalise(text(cell));
    if (YES.contains(entry) || entry.equals(VietnameseLabels.normalise(labels.yes()))) {
      return true;
    }
    if (NO.contains(entry) || entry.equals(VietnameseLabels.normalise(labels.no()))) {
      return false;
    }
    throw new BadCell("workbook.cell.notYesNo", text(cell));
  }

  private LocalDate date(Cell cell) throws BadCell {
    if (type(cell) == CellType.NUMERIC) {
      double serial = cell.getNumericCellValue();
      if (DateUtil.isCellDateFormatted(cell) || serial >= FIRST_SERIAL && serial <= LAST_SERIAL) {
        return cell.getLocalDateTimeCellValue().toLocalDate();
      }
    }
    String text = text(cell);
    try {
      return TypedText.date(text).orElseThrow(() -> new BadCell("workbook.cell.notDate", text));
    } catch (TypedText.Impossible e) {
      throw new BadCell("workbook.cell.impossibleDate", text);
    }
  }

  private YearMonth month(Cell cell) throws BadCell {
    if (type(cell) == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return YearMonth.from(cell.getLocalDateTimeCellValue());
    }
    String text = text(cell);
    try {
      return TypedText.month(VietnameseLabels.normalise(text))
          .orElseThrow(() -> new BadCell("workbook.cell.notMonth", text));
    } catch (TypedText.Impossible e) {
      throw new BadCell("workbook.cell.impossibleMonth", text);
    }
  }

  private JsonNode lines(Cell cell) throws BadCell {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (String line : text(cell).split("\\r?\\n|\\r")) {
      if (!line.isBlank()) {
        out.add(line.trim());
      }
    }
    return out;
  }

  private JsonNode integers(Cell cell) throws BadCell {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    if (type(cell) == CellType.NUMERIC) {
      return out.add(integer(cell));
    }
    for (String token : text(cell).split("[,;\\s]+")) {
      if (!token.isEmpty()) {
        if (!TypedText.isInteger(token)) {
          throw new BadCell("workbook.cell.notIntegerList", token);
        }
        out.add(Long.parseLong(token.replace("+", "")));
      }
    }
    return out;
  }

  private static String plain(BigDecimal number) {
    BigDecimal normal = number.stripTrailingZeros();
    return (normal.scale() < 0 ? normal.setScale(0) : normal).toPlainString();
  }

  private static CellType type(Cell cell) {
    CellType type = cell.getCellType();
    return type == CellType.FORMULA ? cell.getCachedFormulaResultType() : type;
  }
}
