package vn.qcdc.audit;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads Vietnamese), one header row
 * in the page's language, fields quoted where needed (RFC 4180), times in Vietnam as dd/MM/yyyy HH:mm:ss.
 */
@Component
class AuditCsv {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final MessageSource messages;
  private final AuditText text;

  AuditCsv(MessageSource messages, AuditText text) {
    this.messages = messages;
    this.text = text;
  }

  byte[] write(List<AuditLine> lines, Locale locale) {
    StringBuilder csv = new StringBuilder();
    csv.append(row(Stream.of("seq", "time", "kind", "record", "by", "commune", "year", "summary", "hash")
        .map(h -> messages.getMessage("audit.col." + h, null, locale)).toList()));
    for (AuditLine l : lines) {
      csv.append(row(List.of(Long.toString(l.seq()),
          l.at() == null ? "" : l.at().atZone(AuditFilter.VIETNAM).format(TIME),
          text.kind(l.kind(), locale), Long.toString(l.recordId()), nullToEmpty(l.by()), nullToEmpty(l.communeCode()),
          l.year() == null ? "" : Integer.toString(l.year()), text.summary(l, locale), l.entryHash())));
    }
    byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(body, 0, out, BOM.length, body.length);
    return out;
  }

  private static String row(List<String> fields) {
    return fields.stream().map(AuditCsv::field).collect(Collectors.joining(",")) + "\r\n";
  }

  /** Quoted when it holds a comma, quote or line break; a leading = + - @ is prefixed so Excel runs no formula. */
  static String field(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
