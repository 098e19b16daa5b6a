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

  static String render(AppraisedResult r, ReportStatus status, Issuer issuer, LocalDate reportDate, Wording w) {
    Evaluation e = r.engine();
    String year = String.valueOf(e.year());
    String committee = w.committee(issuer);
    Html h = new Html();
    h.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""
        + w.locale().getLanguage() + "\">");
    h.raw("<head><meta charset=\"UTF-8\"/>").element("title", null, title(e, w))
        .raw("<meta name=\"author\" content=\"").text(committee).raw("\"/>")
        .raw("<meta name=\"subject\" content=\"").text(w.say("report.doc.subject", e.profileId())).raw("\"/>")
        .raw("<style>").raw(CSS).raw("</style></head><body>");
    heading(h, issuer, reportDate, w);
    h.element("div", "doc-title", w.say("report.doc.heading"));
    h.open("div", "doc-subtitle").text(w.say("report.doc.subtitle.first")).raw("<br/>")
        .text(w.say("report.doc.subtitle.second", year)).close("div");
    h.raw("<div class=\"rule title-rule\"></div>");
    h.element("p", null, w.say("report.doc.opening", committee, year));
    h.element("p", "note", w.say("report.doc.note", e.profileId(), Vietnamese.shortHash(e.ruleSetHash()),
        Vietnamese.shortHash(e.dossierHash()), committee));
    if (status.state() != null) {
      h.element("p", "note", status.sentence(w));
    }
    if (status.rulesNote() != null) {
      h.element("p", "note", status.rulesNote());
    }
    ScoreSections.write(h, r, w);
    Shortfalls.write(h, r, w);
    closing(h, e, issuer, w);
    h.raw("</body></html>");
    return h.toString();
  }

  static String title(Evaluation e, Wording w) {
    return w.say("report.doc.title", String.valueOf(e.year()));
  }

  /** The two-column top of the page: issuing body and number on the left, national title and date on the right. */
  private static void heading(Html h, Issuer issuer, LocalDate date, Wording w) {
    h.open("table", "heading").raw("<tr>").open("td", "left");
    h.element("div", "issuer", w.say("report.doc.issuer")).element("div", "issuer", w.agencyLine(issuer));
    h.raw("<div class=\"rule issuer-rule\"></div>");
    h.close("td").open("td", "right");
    h.element("div", "national", w.say("report.doc.nation"));
    h.open("div", "motto").element("span", null, w.say("report.doc.motto")).close("div");
    h.close("td").raw("</tr><tr>").open("td", "left number").text(w.say("report.doc.number")).close("td");
    h.open("td", "right date").text(w.placeAndDate(issuer.communeName(), date)).close("td");
    h.raw("</tr>").close("table");
  }

  /** "Nơi nhận:" on the left and the signature of the chairman on behalf of the committee on the right. */
  private static void closing(Html h, Evaluation e, Issuer issuer, Wording w) {
    String level = w.level(issuer.level());
    h.open("div", "closing-block");
    h.element("p", null, w.say("report.doc.closing", String.valueOf(e.year()), w.committee(issuer)));
    h.open("table", "closing").raw("<tr>").open("td", "recipients");
    h.element("div", "recipients-title", w.say("report.doc.recipients"));
    if (issuer.district() != null) {
      h.element("div", null, w.say("report.doc.recipient.district", issuer.district()));
    }
    h.element("div", null, w.say("report.doc.recipient.party", level));
    h.element("div", null, w.say("report.doc.recipient.front", level));
    h.element("div", null, w.say("report.doc.recipient.archive"));
    h.close("td").open("td", "signature");
    h.element("div", "authority", w.say("report.doc.authority"))
        .element("div", "authority", w.say("report.doc.signer"));
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
