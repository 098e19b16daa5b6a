package vn.qcdc.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.qcdc.commune.Communes;
import vn.qcdc.web.Downloads;

/**
 * The audit log page ({@code /nhat-ky}, ADMIN, AUDITOR, LEGAL): the ledger's entries, newest first, filtered by
 * commune, year, kind, user and days, 50 a page; the chain's verification on request ({@code kiem-tra}); the same
 * lines as CSV ({@code /nhat-ky/csv}).
 */
@Controller
class AuditPageController {

  static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final AuditLog log;
  private final AuditText text;
  private final AuditCsv csv;
  private final Communes communes;

  AuditPageController(AuditLog log, AuditText text, AuditCsv csv, Communes communes) {
    this.log = log;
    this.text = text;
    this.csv = csv;
    this.communes = communes;
  }

  /** A line as the table shows it. */
  record Row(long seq, String time, String kind, String kindCode, long recordId, String by, String commune,
      String year, String summary, String hash) {}

  @GetMapping("/nhat-ky")
  String page(@RequestParam Map<String, String> params, Locale locale, Model model) {
    AuditQuery query = AuditQuery.parse(params, log.kinds());
    String trang = params.getOrDefault("trang", "1");
    int number = trang.matches("\\d{1,6}") ? Integer.parseInt(trang) : 1;
    AuditLog.Page page = log.page(query.filter(), number, PAGE_SIZE);
    model.addAttribute("rows", page.lines().stream().map(l -> row(l, locale)).toList());
    model.addAttribute("page", page);
    model.addAttribute("filter", query.filter());
    model.addAttribute("from", AuditQuery.format(query.filter().from()));
    model.addAttribute("to", AuditQuery.format(query.filter().to()));
    model.addAttribute("errors", query.errors());
    model.addAttribute("kinds", log.kinds().stream().map(k -> Map.entry(k, text.kind(k, locale))).toList());
    model.addAttribute("actors", page.actors());
    model.addAttribute("communes", communes.all());
    if (params.containsKey("kiem-tra")) {
      model.addAttribute("verification", log.verify());
    }
    return "audit-log";
  }

  @GetMapping("/nhat-ky/csv")
  ResponseEntity<byte[]> download(@RequestParam Map<String, String> params, Locale locale) {
    List<AuditLine> lines = log.lines(AuditQuery.parse(params, log.kinds()).filter());
    return Downloads.attachment(csv.write(lines, locale), new MediaType("text", "csv",
        java.nio.charset.StandardCharsets.UTF_8), "nhat-ky-so-cai.csv");
  }

  private Row row(AuditLine l, Locale locale) {
    return new Row(l.seq(), l.at() == null ? "—" : l.at().atZone(AuditFilter.VIETNAM).format(TIME),
        text.kind(l.kind(), locale), l.kind(), l.recordId(), l.by() == null ? "—" : l.by(),
        l.communeCode() == null ? "" : l.communeCode(), l.year() == null ? "" : Integer.toString(l.year()),
        text.summary(l, locale), l.entryHash().substring(0, 12));
  }
}
