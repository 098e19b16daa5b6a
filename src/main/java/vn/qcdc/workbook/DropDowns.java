package vn.qcdc.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.qcdc.i18n.Message;

/**
 * The drop-down lists and cell checks of the workbook: enumerations (Vietnamese labels on a hidden list sheet),
 * Có/Không, the commune's villages, the ids of parent sheets, dates, integers and numbers.
 */
final class DropDowns {

  static final String YES_NO = "DM_CoKhong";
  static final String VILLAGES = "DM_Thon";

  private final Workbook workbook;
  private final WorkbookLayout layout;
  private final VietnameseLabels labels;

  DropDowns(Workbook workbook, WorkbookLayout layout) {
    this.workbook = workbook;
    this.layout = layout;
    this.labels = layout.labels();
  }

  /** The hidden sheet of enumeration labels and Có/Không, each list under a workbook name. */
  void writeLists() {
    Sheet lists = workbook.createSheet(labels.required("sheet.lists"));
    Set<String> enumerations = new TreeSet<>();
    layout.sheets().forEach(s -> s.columns().stream().filter(c -> c.kind() == ColumnKind.ENUM)
        .forEach(c -> enumerations.add(c.enumeration())));
    List<String> yesNo = List.of(labels.yes(), labels.no());
    writeList(lists, 0, YES_NO, yesNo);
    int column = 1;
    for (String enumeration : enumerations) {
      List<String> shown = new ArrayList<>();
      layout.schema().enumValues(enumeration).forEach(v -> shown.add(labels.enumLabel(enumeration, v)));
      writeList(lists, column++, "DM_" + enumeration, shown);
    }
    workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
  }

  /** A workbook name for a column range of a data sheet, for drop-downs that list its values. */
  void name(String name, Sheet sheet, int column, int firstRow, int lastRow) {
    String letter = CellReference.convertNumToColString(column);
    define(name, quoted(sheet.getSheetName()) + "!$" + letter + "$" + (firstRow + 1) + ":$" + letter + "$" + (lastRow + 1));
  }

  /** The check of one column over rows {@code firstRow..lastRow}, or nothing for free text. */
  void apply(Sheet sheet, Column column, int columnIndex, int firstRow, int lastRow) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint = constraint(helper, column);
    if (constraint == null) {
      return;
    }
    DataValidation validation = helper.createValidation(constraint,
        new CellRangeAddressList(firstRow, lastRow, columnIndex, columnIndex));
    boolean lenient = switch (column.kind()) {
      case DATE, MONTH, REFERENCE, PARENT_ID -> true;
      default -> false;
    };
    validation.setErrorStyle(lenient ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
    validation.setEmptyCellAllowed(true);
    validation.setShowErrorBox(true);
    validation.createErrorBox(truncate(column.header(), 32), truncate(errorText(column), 225));
    if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
      // Excel reads OOXML showDropDown="1" as "hide the arrow"; POI writes that for suppress=false, so XSSF needs true.
      validation.setSuppressDropDownArrow(workbook instanceof XSSFWorkbook);
    }
    sheet.addValidationData(validation);
  }

  private DataValidationConstraint constraint(DataValidationHelper helper, Column column) {
    return switch (column.kind()) {
      case ENUM -> helper.createFormulaListConstraint("DM_" + column.enumeration());
      case BOOLEAN, ENUM_FLAG -> helper.createFormulaListConstraint(YES_NO);
      case VILLAGE -> hasName(VILLAGES) ? helper.createFormulaListConstraint(VILLAGES) : null;
      case REFERENCE, PARENT_ID -> hasName(idsName(column.target()))
          ? helper.createFormulaListConstraint(idsName(column.target())) : null;
      case DATE, MONTH -> helper.createDateConstraint(OperatorType.BETWEEN, "=DATE(1900,1,1)", "=DATE(2199,12,31)", null);
      case INTEGER -> helper.createIntegerConstraint(OperatorType.BETWEEN,
          column.minimum() == null ? "-2147483648" : column.minimum().toPlainString(),
          column.maximum() == null ? "2147483647" : column.maximum().toPlainString());
      case DECIMAL -> column.minimum() == null ? null
          : helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, column.minimum().toPlainString(), null);
      default -> null;
    };
  }

  /** The workbook name of the id column of a sheet that other sheets refer to. */
  static String idsName(String sheetKey) {
    return "MA_" + sheetKey.replace('.', '_');
  }

  /** What Excel says when a typed value breaks the column's rule, in the template's Vietnamese. */
  private String errorText(Column column) {
    return switch (column.kind()) {
      case ENUM, VILLAGE -> Notes.vi(Message.of("workbook.check.enum"));
      case BOOLEAN, ENUM_FLAG -> Notes.vi(Message.of("workbook.check.boolean"));
      case REFERENCE, PARENT_ID -> Notes.vi(Message.of("workbook.check.reference",
          labels.get("sheet." + column.target())));
      case DATE -> Notes.vi(Message.of("workbook.check.date"));
      case MONTH -> Notes.vi(Message.of("workbook.check.month"));
      case INTEGER -> Notes.vi(Message.of("workbook.check.integer",
          Notes.format(column.kind(), column.minimum(), column.maximum(), null)));
      default -> Notes.format(column.kind(), column.minimum(), column.maximum(), null);
    };
  }

  private void writeList(Sheet lists, int column, String name, List<String> values) {
    for (int i = 0; i <= values.size(); i++) {
      Row row = lists.getRow(i) != null ? lists.getRow(i) : lists.createRow(i);
      row.createCell(column).setCellValue(i == 0 ? name : values.get(i - 1));
    }
    name(name, lists, column, 1, values.size());
  }

  private void define(String name, String formula) {
    Name defined = workbook.createName();
    defined.setNameName(name);
    defined.setRefersToFormula(formula);
  }

  private boolean hasName(String name) {
    return workbook.getName(name) != null;
  }

  static String quoted(String sheetName) {
    return "'" + sheetName.replace("'", "''") + "'";
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
