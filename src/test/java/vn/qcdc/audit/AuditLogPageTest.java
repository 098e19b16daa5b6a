package vn.qcdc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/**
 * The audit log page names a broken chain and where, refuses no role it should serve, names filters it cannot read
 * instead of failing, and exports CSV that a spreadsheet opens as UTF-8 without running formulas.
 */
@ServiceTest
class AuditLogPageTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void aCommuneRenamedInTheDatabaseShowsAsABrokenChainOnThePage() throws Exception {
    try {
      jdbc.sql("update commune set name = 'Xã giả' where code = ?").param(TestUsers.OTHER_COMMUNE).update();

      String page = page("/nhat-ky?kiem-tra=1", "AUDITOR");

      assertThat(page).contains("Chuỗi bị phá vỡ").contains("commune " + TestUsers.OTHER_COMMUNE)
          .doesNotContain("Chuỗi nguyên vẹn");
    } finally {
      jdbc.sql("update commune set name = 'Xã khác' where code = ?").param(TestUsers.OTHER_COMMUNE).update();
    }
    assertThat(page("/nhat-ky?kiem-tra=1", "LEGAL")).contains("Chuỗi nguyên vẹn");
  }

  @Test
  void filtersThatCannotBeReadAreNamedAndLeftOut() throws Exception {
    String page = page("/nhat-ky?nam=20x5&tu=31/02/2025&loai=NOTHING&trang=abc", "ADMIN");

    assertThat(page).contains("Năm gồm 4 chữ số; đã bỏ qua.").contains("Ngày không đọc được (dd/MM/yyyy); đã bỏ qua.")
        .contains("Loại không hợp lệ; đã bỏ qua.").contains("Xã khác: tạo mới");
  }

  @Test
  void chairmenAndOfficersDoNotSeeTheAuditLog() throws Exception {
    mvc.perform(get("/nhat-ky").with(user("chairman").roles("CHAIRMAN"))).andExpect(status().isForbidden());
    mvc.perform(get("/nhat-ky/csv").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
  }

  @Test
  void theCsvStartsWithAByteOrderMarkAndNamesEachChangeInWords() throws Exception {
    byte[] csv = mvc.perform(get("/nhat-ky/csv?loai=COMMUNE&xa=" + TestUsers.OTHER_COMMUNE)
            .with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    String text = new String(csv, StandardCharsets.UTF_8);

    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(text.lines().toList()).hasSize(2);
    assertThat(text.lines().toList().get(0)).isEqualTo("\uFEFFSTT,Thời điểm,Loại,Bản ghi,Người thực hiện,Xã,Năm,Nội dung,Mã băm");
    assertThat(text.lines().toList().get(1)).contains(",Xã,").contains(",11096,,11096 Xã khác: tạo mới,");
  }

  @Test
  void aCsvFieldThatAFormulaCouldStartIsDefused() {
    assertThat(AuditCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(AuditCsv.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(AuditCsv.field("plain")).isEqualTo("plain");
  }

  private String page(String path, String role) throws Exception {
    return mvc.perform(get(path).with(user(role.toLowerCase()).roles(role)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }
}
