package vn.qcdc.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qcdc.workbook.Fixtures.CONVERTER;
import static vn.qcdc.workbook.Fixtures.normalised;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Communes still on Excel 97–2003 upload .xls files; those convert like .xlsx. */
class OlderExcelFormatTest {

  @Test
  void theExampleFilledIntoAnXlsWorkbookConvertsBackToTheSameDossier() {
    ObjectNode example = Fixtures.example();
    byte[] xls = CONVERTER.write(example, CONVERTER.presentSheets(example), new HSSFWorkbook());

    ConversionResult result = Fixtures.convert(xls);

    assertThat(result.problems()).isEmpty();
    assertThat(normalised(Fixtures.tree(result.json()))).isEqualTo(normalised(example));
  }
}
