package vn.qcdc.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dossier was rejected; it carries every problem found, not just the first, up to a hundred: beyond that the
 * rest are counted and named by one closing line, so that an answer never grows with the size of the mistake.
 */
public final class InvalidDossierException extends Exception {

  private final transient List<DossierProblem> listed;
  private final int total;

  public InvalidDossierException(List<DossierProblem> problems) {
    this(problems, problems.size());
  }

  /** {@code listed}: the problems kept (the first ones found); {@code total}: how many were found in all. */
  public InvalidDossierException(List<DossierProblem> listed, int total) {
    super(describe(listed, total));
    this.listed = List.copyOf(listed);
    this.total = Math.max(total, listed.size());
  }

  /** The problems to show: those listed and, when some were left out, a last line counting them. */
  public List<DossierProblem> problems() {
    if (omitted() == 0) {
      return listed;
    }
    List<DossierProblem> all = new ArrayList<>(listed);
    all.add(new DossierProblem(JsonPaths.ROOT, moreProblems(omitted())));
    return List.copyOf(all);
  }

  /** The problems listed, without the closing count. */
  public List<DossierProblem> listed() {
    return listed;
  }

  /** How many problems were found, listed or not. */
  public int total() {
    return total;
  }

  /** How many problems were found but not listed. */
  public int omitted() {
    return total - listed.size();
  }

  /** The closing line of a list cut short: "… và 12.345 lỗi khác", with how to see them. */
  public static String moreProblems(int omitted) {
    return "… và " + Amounts.vi(omitted) + " lỗi khác chưa liệt kê; hãy sửa các lỗi trên rồi gửi lại để xem tiếp (and "
        + Amounts.en(omitted) + " more problems not listed)";
  }

  private static String describe(List<DossierProblem> listed, int total) {
    String lines = listed.stream().map(DossierProblem::toString).collect(Collectors.joining("\n"));
    int omitted = total - listed.size();
    return omitted > 0 ? lines + "\n" + JsonPaths.ROOT + ": " + moreProblems(omitted) : lines;
  }
}
