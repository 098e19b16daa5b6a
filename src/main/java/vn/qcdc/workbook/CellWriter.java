package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;

/** Writes one JSON value into a cell the way the column shows it: labels, Có/Không, real dates and numbers. */
final class CellWriter {

  private final VietnameseLabels labels;
  private final Map<String, String> villageNames;

  /** {@code villageNames} gives the name shown for a village id (only ids whose name is unambiguous). */
  CellWriter(VietnameseLabels labels, Map<String, String> villageNames) {
    this.labels = labels;
    this.villageNames = villageNames;
  }

  /** Writes {@code value} (the field's value, or the list for flag columns); a missing value leaves the cell empty. */
  void write(Cell cell, Column column, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return;
    }
    switch (column.kind()) {
      case INTEGER, DECIMAL -> {
        if (value.isNumber()) {
          cell.setCellValue(value.doubleValue());
        } else {
          cell.setCellValue(value.asText());
        }
      }
      case BOOLEAN -> cell.setCellValue(value.isBoolean() ? (value.asBoolean() ? labels.yes() : labels.no())
          : value.asText());
      case DATE -> writeDate(cell, value.asText());
      case MONTH -> writeMonth(cell, value.asText());
      case ENUM -> {
        String label = labels.enumLabel(column.enumeration(), value.asText());
        cell.setCellValue(label != null ? label : value.asText());
      }
      case ENUM_FLAG -> {
        if (contains(value, column.flagValue())) {
          cell.setCellValue(labels.yes());
        }
      }
      case TEXT_LINES -> cell.setCellValue(String.join("\n", texts(value)));
      case INTEGER_LIST -> cell.setCellValue(String.join(", ", texts(value)));
      case VILLAGE -> cell.setCellValue(villageNames.getOrDefault(value.asText(), value.asText()));
      default -> cell.setCellValue(value.isContainerNode() ? value.toString() : value.asText());
    }
  }

  private static void writeDate(Cell cell, String text) {
    try {
      cell.setCellValue(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      cell.setCellValue(text);
    }
  }

  private static void writeMonth(Cell cell, String text) {
    try {
      cell.setCellValue(YearMonth.parse(text).atDay(1));
    } catch (DateTimeParseException e) {
      cell.setCellValue(text);
    }
  }

  private static boolean contains(JsonNode list, String value) {
    for (JsonNode element : list) {
      if (element.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> texts(JsonNode value) {
    List<String> out = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> out.add(v.asText()));
    } else {
      out.add(value.asText());
    }
    return out;
  }
}
