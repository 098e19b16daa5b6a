package vn.qcdc.official;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.qcdc.commune.CommuneRepository;
import vn.qcdc.lifecycle.YearAction;
import vn.qcdc.lifecycle.YearEvent;
import vn.qcdc.web.ApiException;

/**
 * Which evaluations may be compared: only of one commune and its predecessors (the merger links), of the same year or
 * of two consecutive years, the earlier first. By default, the two latest official evaluations of the latest year
 * that has one (a re-evaluation against the evaluation it replaced), or else that year's official result against the
 * year before. Anything else is refused, in Vietnamese first.
 */
@Service
public class Comparisons {

  private final OfficialResults results;
  private final CommuneRepository communes;

  Comparisons(OfficialResults results, CommuneRepository communes) {
    this.results = results;
    this.communes = communes;
  }

  public Comparison compare(ResultView a, ResultView b, String language) {
    String from = a.evaluation().communeCode();
    String to = b.evaluation().communeCode();
    if (!communes.lineage(to).contains(from)) {
      throw ApiException.unprocessable("different-communes", "Evaluations of different communes", "Lần đánh giá "
          + a.evaluation().id() + " là của xã " + from + ", lần " + b.evaluation().id() + " của xã " + to + "; chỉ so "
          + "sánh các lần đánh giá của cùng một xã, hoặc của xã trước sáp nhập với xã sau sáp nhập. (Only evaluations "
          + "of one commune, or of a predecessor and its successor, compare.)");
    }
    int years = b.evaluation().year() - a.evaluation().year();
    if (a.evaluation().id() == b.evaluation().id() || years < 0 || years > 1
        || years == 0 && a.evaluation().id() > b.evaluation().id()) {
      throw ApiException.unprocessable("not-comparable", "Evaluations that do not compare", "Chỉ so sánh hai lần đánh "
          + "giá khác nhau của cùng một năm hoặc của hai năm liền nhau, lần trước ở ô \"Từ\", lần sau ở ô \"Đến\" "
          + "(lần " + a.evaluation().id() + " năm " + a.evaluation().year() + ", lần " + b.evaluation().id() + " năm "
          + b.evaluation().year() + "). (Only two different evaluations of one year or of two consecutive years "
          + "compare, the earlier first.)");
    }
    return Comparison.of(a, b, language);
  }

  /** The pair compared by default for a commune (with its predecessors), if it has one. */
  public Optional<List<ResultView>> byDefault(String commune) {
    Set<String> lineage = communes.lineage(commune);
    Optional<ResultView> latest = results.perYear(commune).values().stream().reduce((x, y) -> y);
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    ResultView now = latest.get();
    List<Long> evaluated = now.year().events().stream().filter(e -> e.action() == YearAction.EVALUATE)
        .map(YearEvent::evaluationId).filter(id -> id != now.evaluation().id()).toList();
    if (!evaluated.isEmpty()) {
      return results.of(evaluated.get(evaluated.size() - 1)).map(before -> List.of(before, now));
    }
    int previousYear = now.evaluation().year() - 1;
    return lineage.stream().map(code -> results.ofYear(code, previousYear)).flatMap(Optional::stream)
        .findFirst().map(before -> List.of(before, now));
  }
}
