package vn.qcdc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A version's source reads in the page's language, whichever language it was stored in ("Nguồn: workbook"). */
class VersionSourceTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void theFormsSourcesReadInEachLanguage() {
    assertThat(VersionSource.of("biểu mẫu: thêm bản ghi K-01 (complaints)", VI))
        .isEqualTo("biểu mẫu: thêm bản ghi K-01 (mục “khiếu nại”)");
    assertThat(VersionSource.of("biểu mẫu: thêm bản ghi K-01 (complaints)", Locale.ENGLISH))
        .isEqualTo("form: record K-01 added (section complaints)");
    assertThat(VersionSource.of("biểu mẫu: sửa bản ghi DS-01 (disclosures)", Locale.ENGLISH))
        .isEqualTo("form: record DS-01 changed (section disclosures)");
    assertThat(VersionSource.of("biểu mẫu: lập hồ sơ năm 2026", Locale.ENGLISH))
        .isEqualTo("form: dossier started for 2026");
    assertThat(VersionSource.of("biểu mẫu: khai báo không có petitions", VI))
        .isEqualTo("biểu mẫu: khai báo mục “phản ánh, kiến nghị” không phát sinh");
  }

  @Test
  void sourcesStoredInEnglishBeforeReadInVietnamese() {
    assertThat(VersionSource.of("workbook ho-so.xlsx", VI)).isEqualTo("bảng tính ho-so.xlsx");
    assertThat(VersionSource.of("upload", VI)).isEqualTo("tải lên");
    assertThat(VersionSource.of("demo: generated from the example for 2024", VI))
        .isEqualTo("dữ liệu mẫu: tạo từ hồ sơ ví dụ cho năm 2024");
    assertThat(VersionSource.of("demo: examples/chi-minh-2025.json", VI))
        .isEqualTo("dữ liệu mẫu: examples/chi-minh-2025.json");
    assertThat(VersionSource.of("tải lên", Locale.ENGLISH)).isEqualTo("upload");
  }

  @Test
  void anUnknownSourceIsShownAsStored() {
    assertThat(VersionSource.of("nhập tay ngày 01/02/2026", Locale.ENGLISH)).isEqualTo("nhập tay ngày 01/02/2026");
    assertThat(VersionSource.of(null, VI)).isEmpty();
  }
}
