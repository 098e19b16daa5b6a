package vn.qcdc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.qcdc.i18n.Message;

/** Field refusals worded in the bundles carry both languages; the page shows its own, the API both. */
class FieldRefusalWordingTest {

  @Test
  void anUnreadableDateIsRefusedInVietnameseAndInEnglish() {
    FieldRefusal.Problem p = FieldRefusal.Problem.of("effectiveDate", Message.of("field.date.unreadable", "31/02/2025"));

    assertThat(p.in(Locale.forLanguageTag("vi")))
        .isEqualTo("Ngày “31/02/2025” không đọc được; hãy nhập theo dạng dd/MM/yyyy, ví dụ 01/07/2025.");
    assertThat(p.in(Locale.ENGLISH))
        .isEqualTo("The date “31/02/2025” cannot be read; type it as dd/MM/yyyy, e.g. 01/07/2025.");
  }

  @Test
  void anUnknownRoleOrLevelIsRefusedInVietnameseAndInEnglish() {
    FieldRefusal.Problem role = FieldRefusal.Problem.of("role", Message.of("field.role.unknown"));
    FieldRefusal.Problem level = FieldRefusal.Problem.of("level", Message.of("field.level.unknown"));

    assertThat(role.vi()).isEqualTo("Vai trò không hợp lệ.");
    assertThat(role.en()).isEqualTo("Unknown role.");
    assertThat(level.vi()).isEqualTo("Cấp đơn vị không hợp lệ.");
    assertThat(level.en()).isEqualTo("Unknown level.");
  }
}
