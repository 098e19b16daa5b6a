package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.workbook.Fixtures.CONVERTER;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The template read back with POI: sheets, Vietnamese headers and notes, drop-downs, date checks, pre-filled profile. */
class WorkbookTemplateTest {

  static Sheets blank;
  static Sheets chiMinh;
  static WorkbookLayout layout = new WorkbookLayout();

  @BeforeAll
  static void generateTheTemplates() {
    blank = new Sheets(CONVERTER.template(null, null));
    chiMinh = new Sheets(CONVERTER.template(Fixtures.chiMinh(), 2025));
  }

  @Test
  void theTemplateHasTheGuideTheCoverSheetAndOneSheetPerSectionAndNestedList() {
    List<String> names = new ArrayList<>();
    blank.workbook.forEach(s -> names.add(s.getSheetName()));

    assertThat(names).startsWith("Hướng dẫn", "Thông tin chung", "Thôn, tổ dân phố", "Kế hoạch")
        .contains("Khiếu nại", "Tố cáo", "Gia hạn giải quyết tố cáo", "Hình thức công khai", "Thành viên các Ban",
            "Vụ việc khi tiếp công dân", "Kiến nghị khi phối hợp", "Hồ sơ TTHC", "Hồ sơ TTHC theo tháng",
            "Tài liệu minh chứng")
        .endsWith("Danh mục");
    assertThat(blank.workbook.isSheetHidden(blank.workbook.getSheetIndex("Danh mục"))).isTrue();
  }

  @Test
  void columnsCarryTheVietnameseTermsAndANotesRowSaysRequiredFormatAndMeaning() {
    Sheet complaints = blank.sheet("Khiếu nại");

    Cell received = complaints.getRow(Sheets.HEADER_ROW).getCell(blank.column("Khiếu nại", "Ngày nhận đơn"));
    Cell note = complaints.getRow(Sheets.HEADER_ROW + 1).getCell(received.getColumnIndex());

    assertThat(headers(complaints)).startsWith("Mã", "Nội dung", "Ngày nhận đơn", "Thuộc thẩm quyền", "Ngày thụ lý");
    assertThat(note.getStringCellValue()).startsWith("Bắt buộc. Ngày, dạng dd/MM/yyyy").contains("Ngày nhận đơn.");
    assertThat(complaints.getRow(Sheets.HEADER_ROW + 1).getCell(blank.column("Khiếu nại", "Tính chất vụ việc"))
        .getStringCellValue()).startsWith("Bắt buộc khi có “Ngày thụ lý”");
    assertThat(complaints.getLastRowNum()).isEqualTo(Sheets.HEADER_ROW + 1);
  }

  @Test
  void everyEnumerationColumnOffersItsVietnameseLabelsAsADropDown() {
    for (SheetSpec spec : layout.sheets()) {
      if (spec.shape() == SheetSpec.Shape.COVER) {
        continue;
      }
      Sheet sheet = blank.sheet(spec.name());
      for (int i = 0; i < spec.columns().size(); i++) {
        Column column = spec.columns().get(i);
        if (column.kind() == ColumnKind.ENUM) {
          DataValidation validation = validationAt(sheet, Sheets.FIRST_RECORD_ROW, i);
          assertThat(validation).as(spec.name() + " / " + column.header()).isNotNull();
          assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
          assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
          assertThat(listValues(validation.getValidationConstraint().getFormula1()))
              .containsExactlyElementsOf(layout.schema().enumValues(column.enumeration()).stream()
                  .map(v -> layout.labels().enumLabel(column.enumeration(), v)).toList());
        }
      }
    }
  }

  @Test
  void theCaseTypeDropDownShowsKhieuNaiForComplaintAndTheArrowIsShownInExcel() {
    Sheet cases = blank.sheet("Vụ việc khi tiếp công dân");

    DataValidation validation = validationAt(cases, Sheets.FIRST_RECORD_ROW + 10, blank.column(cases.getSheetName(), "Loại đơn"));

    assertThat(listValues(validation.getValidationConstraint().getFormula1()))
        .containsExactly("Khiếu nại", "Tố cáo", "Kiến nghị", "Phản ánh");
    assertThat(((XSSFSheet) cases).getCTWorksheet().getDataValidations().getDataValidationList())
        .filteredOn(v -> v.getType().toString().equals("list"))
        .isNotEmpty().allSatisfy(v -> assertThat(v.getShowDropDown()).as("showDropDown hides Excel's arrow").isFalse());
  }

  @Test
  void booleansAreCoKhongDropDowns() {
    DataValidation validation = validationAt(blank.sheet("Khiếu nại"), Sheets.FIRST_RECORD_ROW,
        blank.column("Khiếu nại", "Thuộc thẩm quyền"));

    assertThat(listValues(validation.getValidationConstraint().getFormula1())).containsExactly("Có", "Không");
  }

  @Test
  void dateColumnsAreCheckedAsDatesAndFormattedDayMonthYear() {
    int column = blank.column("Khiếu nại", "Ngày nhận đơn");
    Sheet complaints = blank.sheet("Khiếu nại");

    DataValidation validation = validationAt(complaints, Sheets.FIRST_RECORD_ROW + 500, column);

    assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
    assertThat(complaints.getColumnStyle(column).getDataFormatString()).isEqualTo("dd/mm/yyyy");
    assertThat(validationAt(blank.sheet("Hồ sơ TTHC theo tháng"), Sheets.FIRST_RECORD_ROW, 0)
        .getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
  }

  @Test
  void integerColumnsAreCheckedWithTheSchemaBounds() {
    DataValidation validation = validationAt(blank.sheet("Công khai thông tin"), Sheets.FIRST_RECORD_ROW,
        blank.column("Công khai thông tin", "Nội dung công khai (khoản ... Điều 11)"));

    assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
    assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo("1");
    assertThat(validation.getValidationConstraint().getFormula2()).isEqualTo("14");
  }

  @Test
  void aVillageIsChosenFromTheCommunesVillages() {
    int column = chiMinh.column("Hương ước, quy ước", "Thôn");

    DataValidation validation = validationAt(chiMinh.sheet("Hương ước, quy ước"), Sheets.FIRST_RECORD_ROW, column);

    assertThat(listValues(validation.getValidationConstraint().getFormula1()))
        .startsWith("Thôn Đông", "Thôn Đoài", "Thôn Nam", "Thôn Bắc", "Thôn Trung", "Thôn Thượng");
    assertThat(validationAt(chiMinh.sheet("Thành viên các Ban"), Sheets.FIRST_RECORD_ROW,
        chiMinh.column("Thành viên các Ban", "Thôn")).getValidationConstraint().getFormula1()).isEqualTo("DM_Thon");
  }

  @Test
  void aNestedSheetLinksToItsParentByTheParentsIdOfferedAsADropDown() {
    Sheet channels = blank.sheet("Hình thức công khai");

    DataValidation validation = validationAt(channels, Sheets.FIRST_RECORD_ROW, 0);

    assertThat(headers(channels).get(0)).isEqualTo("Mã thông tin công khai");
    Name ids = blank.workbook.getName(validation.getValidationConstraint().getFormula1());
    assertThat(new AreaReference(ids.getRefersToFormula(), blank.workbook.getSpreadsheetVersion()).getFirstCell()
        .formatAsString()).isEqualTo("'Công khai thông tin'!$A$4");
  }

  @Test
  void theCoverSheetIsPrefilledWithTheCommuneProfileAndTheYear() {
    assertThat(chiMinh.cover("Mã hồ sơ").getStringCellValue()).isEqualTo("HSMC-11095-2025");
    assertThat(chiMinh.cover("Tên đơn vị").getStringCellValue()).isEqualTo("Chí Minh");
    assertThat(chiMinh.cover("Loại đơn vị (xã, phường, thị trấn, đặc khu)").getStringCellValue()).isEqualTo("Xã");
    assertThat(chiMinh.cover("Có hệ thống truyền thanh").getStringCellValue()).isEqualTo("Có");
    assertThat(chiMinh.cover("Có mạng nội bộ").getStringCellValue()).isEqualTo("Không");
    assertThat(chiMinh.cover("Năm đánh giá").getNumericCellValue()).isEqualTo(2025);
    assertThat(chiMinh.cell("Thôn, tổ dân phố", "Tên thôn, tổ dân phố", 5).getStringCellValue()).isEqualTo("Thôn Thượng");
    assertThat(blank.cover("Mã hồ sơ").getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
  }

  @Test
  void theUntouchedPrefilledTemplateIsRefusedNamingTheSectionsLeftUnreported() {
    ConversionResult result = Fixtures.convert(chiMinh.bytes());

    assertThat(result.accepted()).isFalse();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.sheet()).isEqualTo("Thông tin chung");
      assertThat(p.message()).startsWith("Bảng tính chưa có dữ liệu").contains("Các mục chưa báo cáo:")
          .contains("Khiếu nại (giải quyết lần đầu)").contains("Hồ sơ thủ tục hành chính");
    });
  }

  private static List<String> headers(Sheet sheet) {
    List<String> out = new ArrayList<>();
    sheet.getRow(Sheets.HEADER_ROW).forEach(c -> out.add(c.getStringCellValue()));
    return out;
  }

  private static DataValidation validationAt(Sheet sheet, int row, int column) {
    for (DataValidation validation : sheet.getDataValidations()) {
      for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
        if (range.isInRange(row, column)) {
          return validation;
        }
      }
    }
    return null;
  }

  /** The values of the range a list validation's workbook name refers to. */
  private static List<String> listValues(String name) {
    Sheets book = name.equals("DM_Thon") ? chiMinh : blank;
    Name defined = book.workbook.getName(name);
    AreaReference area = new AreaReference(defined.getRefersToFormula(), book.workbook.getSpreadsheetVersion());
    List<String> values = new ArrayList<>();
    for (CellReference ref : area.getAllReferencedCells()) {
      Row row = book.sheet(ref.getSheetName()).getRow(ref.getRow());
      Cell cell = row == null ? null : row.getCell(ref.getCol());
      if (cell != null && !cell.toString().isBlank()) {
        values.add(cell.toString());
      }
    }
    return values;
  }
}
