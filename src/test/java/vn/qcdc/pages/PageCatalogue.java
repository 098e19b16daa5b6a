package vn.qcdc.pages;

import java.util.List;

/**
 * Every page of every role, in one place: the language guard and the width check open each of them. To add a page,
 * add one line: the role that sees it (its demo user; {@code null} for a page seen signed out), its address, and a
 * short name for the screenshots. Addresses may use {@code {official}}, the official evaluation of xã Chí Minh 2025,
 * {@code {firstOf90004}} and {@code {lastOf90004}}, two evaluations of xã Bình Lãng to compare, and
 * {@code {legalPreview}}, an impact preview the legal user starts from the rule editor.
 */
final class PageCatalogue {

  /** One page as one role sees it. */
  record Page(String role, String path, String name) {

    @Override
    public String toString() {
      return name + " (" + (role == null ? "signed out" : role) + ")";
    }
  }

  static final List<Page> PAGES = List.of(
      new Page(null, "/dang-nhap", "sign-in"),
      new Page("chairman", "/", "chairman-home"),
      new Page("chairman", "/xa/11095", "chairman-dashboard"),
      new Page("chairman", "/xa/11095/lich-su", "chairman-history"),
      new Page("chairman", "/danh-gia/{official}", "chairman-findings"),
      new Page("officer", "/xa/11095/ho-so/2025", "officer-dossier"),
      new Page("officer", "/xa/11095/ho-so/2031", "officer-new-year-profile-form"),
      new Page("officer", "/xa/11095/ho-so/2025/muc/complaints", "officer-section"),
      new Page("officer", "/xa/11095/ho-so/2025/muc/complaints/1", "officer-record-form"),
      new Page("officer", "/xa/11095/ho-so/2025/muc/disclosures/moi", "officer-record-form-nested"),
      new Page("auditor", "/", "auditor-home"),
      new Page("auditor", "/tai-len", "auditor-upload"),
      new Page("auditor", "/tinh?nam=2025", "auditor-province"),
      new Page("auditor", "/xa/11095/2025", "auditor-year"),
      new Page("auditor", "/danh-gia/{official}", "auditor-findings"),
      new Page("auditor", "/danh-gia/{official}/tham-dinh", "auditor-appraisal"),
      new Page("auditor", "/xa/90004/lich-su", "auditor-history"),
      new Page("auditor", "/so-sanh?tu={firstOf90004}&den={lastOf90004}", "auditor-compare"),
      new Page("auditor", "/xa/11095/ho-so/2025", "auditor-dossier"),
      new Page("auditor", "/khong-co-trang-nay", "auditor-error-404"),
      new Page("auditor", "/quan-tri/nguoi-dung", "auditor-error-403"),
      new Page("auditor", "/nhat-ky", "auditor-audit-log"),
      new Page("legal", "/bo-quy-tac", "legal-rule-set"),
      new Page("legal", "/bo-quy-tac/cham-lai", "legal-stale-results"),
      new Page("legal", "/bo-quy-tac/soan-thao?tep=g5-khieu-nai-to-cao/rules.drl", "legal-rule-editor"),
      new Page("legal", "{legalPreview}", "legal-impact-preview"),
      new Page("legal", "/bo-quy-tac/hang-so", "legal-constants"),
      new Page("legal", "/bo-quy-tac/diem", "legal-points"),
      new Page("legal", "/bo-quy-tac/ngay-nghi", "legal-holidays"),
      new Page("legal", "/bo-quy-tac/thay-doi", "legal-change-set"),
      new Page("legal", "/bo-quy-tac/lich-su", "legal-rule-set-history"),
      new Page("legal", "/nhat-ky", "legal-audit-log"),
      new Page("admin", "/", "admin-home"),
      new Page("admin", "/quan-tri/nguoi-dung", "admin-users"),
      new Page("admin", "/quan-tri/nguoi-dung/officer", "admin-user-edit"),
      new Page("admin", "/quan-tri/xa", "admin-communes"),
      new Page("admin", "/quan-tri/xa/11095", "admin-commune-edit"),
      new Page("admin", "/nhat-ky", "admin-audit-log"),
      new Page("chairman", "/doi-mat-khau", "chairman-password"));

  /** The demo users' passwords: {@code <role>-demo}. */
  static String password(String role) {
    return role + "-demo";
  }

  private PageCatalogue() {}
}
