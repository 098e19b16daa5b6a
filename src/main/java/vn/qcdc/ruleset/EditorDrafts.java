package vn.qcdc.ruleset;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import vn.qcdc.rulebase.RuleSetFiles;
import vn.qcdc.web.ApiException;

/**
 * The rule editor's unsaved edits of one signed-in user, kept in their session: a change of law often touches several
 * files at once (a constant, its scenario cases, a legal basis), and they are checked, previewed and saved together.
 */
final class EditorDrafts implements Serializable {

  private static final String ATTRIBUTE = EditorDrafts.class.getName();

  private final TreeMap<String, String> texts = new TreeMap<>();

  private EditorDrafts() {}

  static EditorDrafts of(HttpSession session) {
    synchronized (session) {
      EditorDrafts drafts = (EditorDrafts) session.getAttribute(ATTRIBUTE);
      if (drafts == null) {
        drafts = new EditorDrafts();
        session.setAttribute(ATTRIBUTE, drafts);
      }
      return drafts;
    }
  }

  /**
   * Keeps {@code text} as the draft of {@code file}, or drops the draft if the text is what the file holds. A session
   * holds no more text than a rules folder may: past that the draft is refused.
   */
  synchronized void keep(String file, String text, String saved) {
    if (text.equals(saved)) {
      texts.remove(file);
      return;
    }
    long others = texts.entrySet().stream().filter(e -> !e.getKey().equals(file))
        .mapToLong(e -> e.getValue().length()).sum();
    if (text.length() > RuleSetFiles.MAX_FILE_BYTES || others + text.length() > RuleSetFiles.MAX_TOTAL_BYTES) {
      throw ApiException.badRequest("draft-too-large", "Draft too large", "Bản nháp quá lớn: mỗi tệp tối đa "
          + (RuleSetFiles.MAX_FILE_BYTES >> 20) + " MB, tổng các bản nháp tối đa " + (RuleSetFiles.MAX_TOTAL_BYTES >> 20)
          + " MB (draft too large)");
    }
    texts.put(file, text);
  }

  synchronized String text(String file) {
    return texts.get(file);
  }

  /** The drafts, by file relative to the working folder. */
  synchronized Map<String, String> all() {
    return new TreeMap<>(texts);
  }

  synchronized void drop(String file) {
    texts.remove(file);
  }

  synchronized void clear() {
    texts.clear();
  }
}
