package vn.qcdc.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qcdc.dossier.SectionNames;
import vn.qcdc.i18n.Message;

/**
 * Where a stored version came from, in the reader's language. The source is stored as written when the version was
 * made (the record of what happened is not rewritten): in Vietnamese since issue #12 ("biểu mẫu: thêm bản ghi K-01
 * (complaints)", "bảng tính ho-so.xlsx", "tải lên"), in English before ("workbook …", "upload", "demo: …"). Each form
 * the application writes is read back here and worded from the bundles ({@code source.*}); anything else is shown as
 * stored.
 */
final class VersionSource {

  private record Form(Pattern pattern, Function<Matcher, Message> message) {}

  private static final String FORM = "^(?:biểu mẫu|form): ";
  private static final List<Form> FORMS = List.of(
      form(FORM + "lập hồ sơ năm (\\d{4})$", m -> Message.of("source.form.started", m.group(1))),
      form(FORM + "(thêm|sửa) bản ghi (\\S*) \\((\\w+)\\)$", m -> Message.of(
          m.group(1).equals("thêm") ? "source.form.added" : "source.form.changed", m.group(2),
          SectionNames.term(m.group(3)), m.group(3))),
      form(FORM + "xóa bản ghi (\\S*)$", m -> Message.of("source.form.deleted", m.group(1))),
      form(FORM + "khai báo không có (\\w+)$", m -> Message.of("source.form.declaredNone",
          SectionNames.term(m.group(1)), m.group(1))),
      form("^(?:bảng tính|workbook)(?: (.+))?$", m -> Message.of("source.workbook", m.group(1) == null ? "" : m.group(1))),
      form("^(?:tải lên|upload)$", m -> Message.of("source.upload")),
      form("^(?:demo|dữ liệu mẫu): generated from the example for (\\d{4})$",
          m -> Message.of("source.demo.generated", m.group(1))),
      form("^(?:demo|dữ liệu mẫu): (.+)$", m -> Message.of("source.demo", m.group(1))));

  private VersionSource() {}

  static String of(String stored, Locale locale) {
    if (stored == null) {
      return "";
    }
    for (Form f : FORMS) {
      Matcher m = f.pattern().matcher(stored);
      if (m.matches()) {
        return f.message().apply(m).in(locale);
      }
    }
    return stored;
  }

  private static Form form(String regex, Function<Matcher, Message> message) {
    return new Form(Pattern.compile(regex), message);
  }
}
