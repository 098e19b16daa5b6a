package vn.qcdc.commune;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qcdc.dossier.facts.UnitLevel;
import vn.qcdc.web.ApiException;
import vn.qcdc.web.FieldRefusal;
import vn.qcdc.web.FieldRefusal.Problem;

/**
 * Every change of the communes, for the API and the administration pages alike: each refusal names its field in
 * Vietnamese and English; {@link CommuneRepository} chains every change in the ledger.
 */
@Service
public class CommuneAdministration {

  private static final Pattern CODE = Pattern.compile("[0-9]{5}");
  private static final int MAX_TEXT = 200;

  private final CommuneRepository communes;

  CommuneAdministration(CommuneRepository communes) {
    this.communes = communes;
  }

  /** A commune with the communes merged into it and those it was merged into. */
  public record Profile(Commune commune, List<CommuneLink> predecessors, List<CommuneLink> successors) {}

  /** Communes whose code, name or province contains {@code query} (any case), by province and code. */
  public List<Commune> search(String query) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    return communes.findAll().stream().filter(c -> q.isEmpty() || c.code().contains(q)
        || c.name().toLowerCase(Locale.ROOT).contains(q) || c.province().toLowerCase(Locale.ROOT).contains(q)).toList();
  }

  public Profile profile(String code) {
    Commune c = communes.find(code).orElseThrow(() -> ApiException.notFound("Commune", code));
    return new Profile(c, communes.predecessors(code), communes.successors(code));
  }

  @Transactional
  public Commune create(String code, String name, String province, UnitLevel level) {
    Commune c = checked(code, name, province, level);
    if (communes.exists(c.code())) {
      throw new FieldRefusal(HttpStatus.CONFLICT, "duplicate-commune", "Commune exists", List.of(new Problem("code",
          "Đã có xã mã " + c.code() + ".", "Commune " + c.code() + " already exists; update it with PUT "
              + "/api/communes/" + c.code())));
    }
    communes.insert(c);
    return c;
  }

  /** Changes the name, province and level; the code never changes. Nothing is recorded when nothing changed. */
  @Transactional
  public Commune update(String code, String name, String province, UnitLevel level) {
    Commune before = communes.find(code).orElseThrow(() -> ApiException.notFound("Commune", code));
    Commune after = checked(code, name, province, level);
    after = new Commune(after.code(), after.name(), after.province(), after.level(), before.demo());
    if (!CommuneChanges.whatChanged(before, after).equals("nothing")) {
      communes.update(after);
    }
    return after;
  }

  /**
   * Records that the {@code predecessors} were merged into {@code successor} on {@code date}: all links or none.
   * Each predecessor must exist, differ from the successor, not be linked to it already and not have it among its
   * own predecessors (a cycle).
   */
  @Transactional
  public List<CommuneLink> recordMerger(String successor, LocalDate date, List<String> predecessors) {
    if (!communes.exists(successor)) {
      throw ApiException.notFound("Commune", successor);
    }
    List<Problem> problems = new ArrayList<>();
    if (date == null) {
      problems.add(new Problem("effectiveDate", "Hãy nhập ngày sáp nhập (dd/MM/yyyy).",
          "The date of the merger is required."));
    }
    Set<String> codes = new LinkedHashSet<>();
    predecessors.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(codes::add);
    if (codes.isEmpty()) {
      problems.add(new Problem("predecessorCode", "Hãy nhập mã ít nhất một xã trước sáp nhập.",
          "Name at least one predecessor commune."));
    }
    String type = "invalid-request";
    for (String p : codes) {
      if (!communes.exists(p)) {
        type = "unknown-commune";
        problems.add(new Problem("predecessorCode", "Không có xã mã " + p + ".", "Predecessor " + p
            + " does not exist"));
      } else if (p.equals(successor) || communes.lineage(p).contains(successor)) {
        type = "link-cycle";
        problems.add(new Problem("predecessorCode", "Xã " + p + " không thể sáp nhập vào " + successor
            + ": " + successor + " đã là xã trước của " + p + ".", successor + " is already a predecessor of " + p));
      } else if (communes.predecessors(successor).stream().anyMatch(l -> l.predecessorCode().equals(p))) {
        type = "duplicate-link";
        problems.add(new Problem("predecessorCode", "Xã " + p + " đã được ghi là sáp nhập vào " + successor + ".",
            p + " is already a predecessor of " + successor));
      }
    }
    if (!problems.isEmpty()) {
      HttpStatus status = type.equals("duplicate-link") ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
      throw new FieldRefusal(status, type, "Merger refused", problems);
    }
    List<CommuneLink> links = codes.stream().map(p -> new CommuneLink(p, successor, date)).toList();
    links.forEach(communes::link);
    return links;
  }

  private static Commune checked(String code, String name, String province, UnitLevel level) {
    List<Problem> problems = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      problems.add(new Problem("code", "Mã xã gồm đúng 5 chữ số (mã đơn vị hành chính).",
          "must be the 5-digit official commune code"));
    }
    text(problems, "name", name, "Tên xã", "The name");
    text(problems, "province", province, "Tên tỉnh", "The province");
    if (level == null) {
      problems.add(new Problem("level", "Hãy chọn cấp đơn vị.", "The level is required."));
    }
    if (!problems.isEmpty()) {
      throw FieldRefusal.invalid(problems);
    }
    return new Commune(code, name.strip(), province.strip(), level, false);
  }

  private static void text(List<Problem> problems, String field, String value, String vi, String en) {
    if (value == null || value.isBlank()) {
      problems.add(new Problem(field, vi + " là bắt buộc.", en + " is required."));
    } else if (value.strip().length() > MAX_TEXT) {
      problems.add(new Problem(field, vi + " dài quá " + MAX_TEXT + " ký tự.", en + " must not be longer than "
          + MAX_TEXT + " characters."));
    }
  }
}
