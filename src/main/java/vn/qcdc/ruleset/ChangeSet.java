package vn.qcdc.ruleset;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import vn.qcdc.rulebase.RuleSetProblem;

/**
 * What the change set of one legal officer carries besides its drafts ({@link EditorDrafts}): the description of why,
 * the verdict of the last check (kept for the candidate it was made on, so that the page can refresh while the impact
 * preview runs without checking again), and the preview started for that candidate.
 */
final class ChangeSet implements Serializable {

  /** The outcome of loading the candidate and running its scenario cases. */
  record Verdict(String hash, boolean passed, int scenarios, List<RuleSetProblem> problems,
      List<RuleSetCheck.FailedScenario> failed, List<RuleSetProblem> warnings) {

    static Verdict of(String hash, RuleSetCheck check) {
      return new Verdict(hash, check.passed(), check.scenarios(), check.problems(), check.failedScenarios(),
          check.ruleSet() == null ? List.of() : check.ruleSet().warnings());
    }
  }

  private static final String ATTRIBUTE = ChangeSet.class.getName();

  private String description = "";
  private transient Verdict verdict;
  private String previewId;
  private String previewHash;

  private ChangeSet() {}

  static ChangeSet of(HttpSession session) {
    synchronized (session) {
      ChangeSet c = (ChangeSet) session.getAttribute(ATTRIBUTE);
      if (c == null) {
        c = new ChangeSet();
        session.setAttribute(ATTRIBUTE, c);
      }
      return c;
    }
  }

  synchronized String description() {
    return description;
  }

  synchronized void describe(String text) {
    String t = text == null ? "" : text.strip();
    description = t.length() > 2000 ? t.substring(0, 2000) : t;
  }

  /** The verdict for this candidate, if it was already checked. */
  synchronized Verdict verdict(String hash) {
    return verdict != null && verdict.hash().equals(hash) ? verdict : null;
  }

  synchronized void remember(Verdict v) {
    verdict = v;
  }

  /** The preview started for this candidate, if any. */
  synchronized String previewFor(String hash) {
    return hash.equals(previewHash) ? previewId : null;
  }

  synchronized void previewing(String hash, String id) {
    previewHash = hash;
    previewId = id;
  }

  synchronized void clear() {
    description = "";
    verdict = null;
    previewId = null;
    previewHash = null;
  }
}
