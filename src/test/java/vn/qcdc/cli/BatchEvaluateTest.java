package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qcdc.workbook.WorkbookConverter;

/** {@code evaluate} of a folder with valid and invalid dossiers: one result file each, a summary, exit code 2. */
class BatchEvaluateTest {

  @TempDir
  static Path temp;

  static Path out;
  static CliRun run;

  @BeforeAll
  static void evaluateAFolderWithTwoGoodDossiersAWorkbookAndABrokenOne() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("ho-so"));
    Files.copy(Path.of("examples/chi-minh-2025.json"), folder.resolve("chi-minh-2025.json"));
    Files.copy(Path.of("examples/hung-dao-2023.json"), folder.resolve("hung-dao-2023.json"));
    Files.write(folder.resolve("chi-minh-2025.xlsx"), new WorkbookConverter().export(
        Files.readAllBytes(Path.of("examples/chi-minh-2025.json"))));
    Files.writeString(folder.resolve("loi.json"), Files.readString(Path.of("examples/chi-minh-2025.json"))
        .replaceFirst("\"year\" *: *2025", "\"year\": \"năm 2025\""));
    Files.writeString(folder.resolve("ghi-chu.txt"), "not a dossier");
    out = temp.resolve("ket-qua");

    run = CliRun.of("evaluate", "--dossier", folder.toString(), "--out", out.toString(), "--threads", "2");
  }

  @Test
  void exitsTwoBecauseOneDossierIsInvalidAndNamesItsFileAndPath() {
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.INVALID_DOSSIER);
    assertThat(run.err()).contains("loi.json: $.period.year: wrong type");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void writesForEachValidDossierTheSameJsonAsEvaluatingItAlone() throws IOException {
    CliRun alone = CliRun.of("evaluate", "--dossier", "examples/hung-dao-2023.json");

    assertThat(Files.readString(out.resolve("hung-dao-2023.json"))).isEqualTo(alone.out());
    assertThat(out.resolve("chi-minh-2025.json")).exists();
    assertThat(out.resolve("chi-minh-2025-2.json")).exists();
    assertThat(out.resolve("loi.json")).doesNotExist();
    assertThat(out.resolve("ghi-chu.json")).doesNotExist();
  }

  @Test
  void summarisesEveryDossierInCsvWithTotalsGradesGroupsStatesAndErrors() throws IOException {
    List<CSVRecord> rows = csv();

    assertThat(rows).extracting(r -> r.get("file")).map(f -> Path.of(f).getFileName().toString())
        .containsExactly("chi-minh-2025.json", "chi-minh-2025.xlsx", "hung-dao-2023.json", "loi.json");
    assertThat(rows.get(0).get("commune")).isEqualTo("11095");
    assertThat(rows.get(0).get("year")).isEqualTo("2025");
    assertThat(rows.get(0).get("total")).isEqualTo("76.74");
    assertThat(rows.get(0).get("grade")).isEqualTo("KHA");
    assertThat(rows.get(0).get("G5")).isEqualTo("6.84");
    assertThat(rows.get(0).get("TC5.1")).isEqualTo("PARTIAL");
    assertThat(rows.get(1).get("total")).isEqualTo("76.74");
    assertThat(rows.get(2).get("total")).isEqualTo("68.63");
    assertThat(rows.get(2).get("grade")).isEqualTo("TRUNG_BINH");
    assertThat(rows.get(3).get("total")).isEmpty();
    assertThat(rows.get(3).get("errors")).contains("$.period.year: wrong type");
    assertThat(rows).allSatisfy(r -> assertThat(r.isConsistent()).isTrue());
  }

  @Test
  void writesTheSameSummaryAsAWorkbook() throws IOException {
    try (InputStream in = Files.newInputStream(out.resolve("summary.xlsx"));
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);

      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("total");
      assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(76.74);
      assertThat(sheet.getRow(4).getCell(sheet.getRow(0).getLastCellNum() - 1).getStringCellValue())
          .contains("wrong type");
    }
  }

  @Test
  void exitsZeroWhenEveryDossierIsValidAndPrintsAPlainLinePerDossierWhenNotOnATerminal() {
    CliRun valid = CliRun.of("evaluate", "--dossier", "examples/chi-minh-2025.json", "--dossier",
        "examples/hung-dao-2023.json", "--out", temp.resolve("hai").toString());

    assertThat(valid.exit()).as(valid.err()).isZero();
    assertThat(valid.err()).contains("[2/2] ").contains("76.74 KHA").contains("68.63 TRUNG_BINH");
  }

  @Test
  void refusesSeveralDossiersWithoutAnOutputFolder() {
    CliRun refused = CliRun.of("evaluate", "--dossier", "examples/chi-minh-2025.json", "examples/hung-dao-2023.json");

    assertThat(refused.exit()).isEqualTo(ExitCode.FAILURE);
    assertThat(refused.err()).contains("--out DIR");
  }

  private static List<CSVRecord> csv() throws IOException {
    String text = Files.readString(out.resolve("summary.csv"), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.RFC4180.builder().setHeader()
        .setSkipHeaderRecord(true).build())) {
      return parser.getRecords();
    }
  }
}
