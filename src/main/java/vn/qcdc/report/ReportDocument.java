package vn.qcdc.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.review.AppraisedResult;

/**
 * The report as XHTML in the layout of Nghị định 30/2020/NĐ-CP: issuing body and national title side by side, number
 * and date line, title, body sections, then recipients and the chairman's signature block.
 */
final class ReportDocument {

  static final String FONT_FAMILY = "Liberation Serif";
  private static final String CSS = resource("/report/report.css");

  private ReportDocument() {}

  static String render(AppraisedResult r, ReportStatus status, Issuer issuer, LocalDate reportDate) {
    Evaluation e = r.engine();
    Html h = new Html();
    h.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">");
    h.raw("<head><meta charset=\"UTF-8\"/>").element("title", null, title(e))
        .raw("<meta name=\"author\" content=\"").text(issuer.committee()).raw("\"/>")
        .raw("<meta name=\"subject\" content=\"").text("Bộ tiêu chí " + e.profileId()).raw("\"/>")
        .raw("<style>").raw(CSS).raw("</style></head><body>");
    heading(h, e, issuer, reportDate);
    h.element("div", "doc-title", "BÁO CÁO");
    h.open("div", "doc-subtitle").text("Kết quả đánh giá công tác dân vận chính quyền").raw("<br/>")
        .text("và thực hiện Quy chế dân chủ ở cơ sở năm " + e.year()).close("div");
    h.raw("<div class=\"rule title-rule\"></div>");
    h.element("p", null, issuer.committee() + " báo cáo kết quả đánh giá công tác dân vận chính quyền và thực hiện"
        + " Quy chế dân chủ ở cơ sở năm " + e.year() + " như sau.");
    h.element("p", "note", "Kết quả được tính theo bộ tiêu chí tham chiếu " + e.profileId() + " (mã băm bộ quy tắc "
        + Vietnamese.shortHash(e.ruleSetHash()) + ", mã băm hồ sơ minh chứng " + Vietnamese.shortHash(e.dossierHash())
        + "). Đây là kết quả tham khảo do " + issuer.committee() + " tự đánh giá trên hồ sơ minh chứng, không phải"
        + " kết quả đánh giá, xếp loại chính thức của Ủy ban nhân dân tỉnh.");
    if (status.state() != null) {
      h.element("p", "note", status.sentence());
    }
    if (status.rulesNote() != null) {
      h.element("p", "note", status.rulesNote());
    }
    ScoreSections.write(h, r);
    Shortfalls.write(h, r);
    closing(h, e, issuer);
    h.raw("</body></html>");
    return h.toString();
  }

  static String title(Evaluation e) {
    return "Báo cáo kết quả đánh giá công tác dân vận chính quyền và thực hiện Quy chế dân chủ ở cơ sở năm " + e.year();
  }

  /** The two-column top of the page: issuing body and number on the left, national title and date on the right. */
  private static void heading(Html h, Evaluation e, Issuer issuer, LocalDate date) {
    h.open("table", "heading").raw("<tr>").open("td", "left");
    h.element("div", "issuer", "ỦY BAN NHÂN DÂN").element("div", "issuer", issuer.agencyLine());
    h.raw("<div class=\"rule issuer-rule\"></div>");
    h.close("td").open("td", "right");
    h.element("div", "national", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    h.open("div", "motto").element("span", null, "Độc lập - Tự do - Hạnh phúc").close("div");
    h.close("td").raw("</tr><tr>").open("td", "left number").text("Số: ......./BC-UBND").close("td");
    h.open("td", "right date").text(Vietnamese.placeAndDate(issuer.communeName(), date)).close("td");
    h.raw("</tr>").close("table");
  }

  /** "Nơi nhận:" on the left and the signature of the chairman on behalf of the committee on the right. */
  private static void closing(Html h, Evaluation e, Issuer issuer) {
    h.open("div", "closing-block");
    h.element("p", null, "Trên đây là báo cáo kết quả đánh giá công tác dân vận chính quyền và thực hiện Quy chế dân"
        + " chủ ở cơ sở năm " + e.year() + " của " + issuer.committee() + "./.");
    h.open("table", "closing").raw("<tr>").open("td", "recipients");
    h.element("div", "recipients-title", "Nơi nhận:");
    if (issuer.district() != null) {
      h.element("div", null, "- UBND huyện " + issuer.district() + " (để báo cáo);");
    }
    h.element("div", null, "- Thường trực Đảng ủy, HĐND " + issuer.levelName() + ";");
    h.element("div", null, "- Ủy ban MTTQ Việt Nam " + issuer.levelName() + ";");
    h.element("div", null, "- Lưu: VT.");
    h.close("td").open("td", "signature");
    h.element("div", "authority", "TM. ỦY BAN NHÂN DÂN").element("div", "authority", "CHỦ TỊCH");
    h.raw("<div class=\"sign-space\"></div>").element("div", "signer", "........................................");
    h.close("td").raw("</tr>").close("table").close("div");
  }

  private static String resource(String name) {
    try (InputStream in = ReportDocument.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
