package vn.qcdc.workbook;

import java.util.Locale;
import java.util.Optional;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import vn.qcdc.i18n.Message;

/**
 * The door every uploaded workbook passes before Apache POI reads it: an .xlsx (zip) or .xls (OLE2) within the
 * limits, not encrypted, without XML document types; anything else is refused with a reason worded in the message
 * bundles. POI's own zip-bomb protection stays on behind it, bounded by the same size.
 */
public final class WorkbookGuard {

  private static boolean poiBounded;

  private final WorkbookLimits limits;

  public WorkbookGuard(WorkbookLimits limits) {
    this.limits = limits;
    protectPoi(limits.maxUncompressedSize().toBytes());
  }

  /**
   * POI's settings are global to the JVM: its inflate ratio is kept at its default (said here so that no one lowers it
   * unseen) and no entry may be larger than a whole workbook may be, the largest limit of any guard (4 GB before).
   */
  private static synchronized void protectPoi(long maxEntrySize) {
    ZipSecureFile.setMinInflateRatio(0.01);
    if (!poiBounded || maxEntrySize > ZipSecureFile.getMaxEntrySize()) {
      ZipSecureFile.setMaxEntrySize(maxEntrySize);
      poiBounded = true;
    }
  }

  /**
   * Why the bytes are not opened, or empty when POI may open them: for an API's answer, in Vietnamese with the English
   * in brackets.
   */
  public Optional<String> refusal(byte[] bytes) {
    return refusalText(bytes).map(text -> text.in(Message.VIETNAMESE) + " (" + text.in(Locale.ENGLISH) + ")");
  }

  /** Why the bytes are not opened, as a text of the message bundles; empty when POI may open them. */
  public Optional<Message> refusalText(byte[] bytes) {
    try {
      if (FileKinds.isZip(bytes)) {
        XlsxScan.check(bytes, limits);
      } else if (FileKinds.isOle2(bytes)) {
        XlsScan.check(bytes, limits);
      } else {
        return Optional.of(FileKinds.notAWorkbook(bytes));
      }
      return Optional.empty();
    } catch (Refusal r) {
      return Optional.of(r.text());
    }
  }
}
