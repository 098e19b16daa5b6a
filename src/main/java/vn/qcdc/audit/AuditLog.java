package vn.qcdc.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import vn.qcdc.ledger.LedgerReader;
import vn.qcdc.ledger.LedgerVerifier;
import vn.qcdc.ledger.Verification;

/**
 * The ledger as an audit log: every entry with who acted, when, and the commune and year concerned, read from the
 * chained record itself (an appraisal takes them from its evaluation), newest first.
 */
@Service
class AuditLog {

  /** One page of lines, with how many lines match in all and everyone who acted (for the filter's list). */
  record Page(List<AuditLine> lines, int number, int size, int matching, List<String> actors) {
    public int pages() {
      return Math.max(1, (matching + size - 1) / size);
    }
  }

  private final LedgerReader reader;
  private final LedgerVerifier verifier;

  AuditLog(LedgerReader reader, LedgerVerifier verifier) {
    this.reader = reader;
    this.verifier = verifier;
  }

  /** Every line the filter accepts, newest first. */
  List<AuditLine> lines(AuditFilter filter) {
    return all().stream().filter(filter::accepts).toList();
  }

  /** Page {@code number} (from 1) of the lines the filter accepts; the ledger is read once. */
  Page page(AuditFilter filter, int number, int size) {
    List<AuditLine> all = all();
    List<AuditLine> matching = all.stream().filter(filter::accepts).toList();
    int pages = Math.max(1, (matching.size() + size - 1) / size);
    int n = Math.min(Math.max(1, number), pages);
    int from = (n - 1) * size;
    return new Page(matching.subList(from, Math.min(matching.size(), from + size)), n, size, matching.size(),
        all.stream().map(AuditLine::by).filter(Objects::nonNull).distinct().sorted().toList());
  }

  List<String> kinds() {
    return reader.kinds();
  }

  Verification verify() {
    return verifier.verify();
  }

  private List<AuditLine> all() {
    List<LedgerReader.Recorded> recorded = reader.all();
    Map<Long, Map<String, Object>> evaluations = new HashMap<>();
    recorded.stream().filter(r -> r.entry().kind().equals("EVALUATION"))
        .forEach(r -> evaluations.put(r.entry().recordId(), r.content()));
    List<AuditLine> lines = new ArrayList<>();
    for (LedgerReader.Recorded r : recorded) {
      Map<String, Object> c = r.content();
      Map<String, Object> place = c.containsKey("communeCode") || !(c.get("evaluationId") instanceof Long id)
          ? c : evaluations.getOrDefault(id, c);
      lines.add(new AuditLine(r.entry().seq(), r.entry().kind(), r.entry().recordId(), at(c), by(c),
          (String) place.get("communeCode"), place.get("year") instanceof Integer y ? y : null, c,
          r.entry().entryHash()));
    }
    lines.sort(Comparator.comparingLong(AuditLine::seq).reversed());
    return lines;
  }

  /** When the record was made: its one {@code …At} member (evaluatedAt, uploadedAt, changedAt …). */
  private static Instant at(Map<String, Object> c) {
    for (Map.Entry<String, Object> e : c.entrySet()) {
      if (e.getKey().endsWith("At")) {
        if (e.getValue() instanceof Instant i) {
          return i;
        }
        if (e.getValue() instanceof OffsetDateTime o) {
          return o.toInstant();
        }
      }
    }
    return null;
  }

  /** Who made it: its one {@code …By} member (evaluatedBy, uploadedBy, changedBy …). */
  private static String by(Map<String, Object> c) {
    return c.entrySet().stream().filter(e -> e.getKey().endsWith("By") && e.getValue() instanceof String)
        .map(e -> (String) e.getValue()).findFirst().orElse(null);
  }
}
