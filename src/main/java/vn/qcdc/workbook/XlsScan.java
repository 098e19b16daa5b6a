package vn.qcdc.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks into an OLE2 compound file before POI builds it: a password-protected .xlsx (an encrypted package inside
 * OLE2), an .xls with a password, another Office document, an Excel 95 file; then streams the .xls records to count
 * rows, cells and shared strings against the limits, stopping at the first one passed.
 */
final class XlsScan {

  private static final String ENCRYPTED = "tệp được đặt mật khẩu (mã hóa) nên không đọc được; hãy mở bằng Excel, bỏ "
      + "mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu), lưu rồi tải lên lại "
      + "(password-protected or encrypted workbook)";

  private final WorkbookLimits limits;
  private int rows;
  private int cells;
  private Refusal refusal;

  private XlsScan(WorkbookLimits limits) {
    this.limits = limits;
  }

  static void check(byte[] bytes, WorkbookLimits limits) throws Refusal {
    new XlsScan(limits).scan(bytes);
  }

  private void scan(byte[] bytes) throws Refusal {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
        throw new Refusal(ENCRYPTED);
      }
      if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK")) {
        throw new Refusal(root.hasEntry("Book") ? "tệp Excel 5.0/95 quá cũ, không đọc được; hãy lưu lại thành .xlsx "
            + "(Excel 95 files are not read)" : "tệp Office không phải bảng tính Excel (văn bản Word .doc?); hãy dùng "
            + "mẫu bảng tính .xlsx (an OLE2 file that is not an Excel workbook)");
      }
      HSSFRequest request = new HSSFRequest();
      request.addListenerForAllRecords(new AbortableHSSFListener() {
        @Override
        public short abortableProcessRecord(Record record) {
          return count(record) ? (short) 0 : (short) 1;
        }
      });
      new HSSFEventFactory().abortableProcessWorkbookEvents(request, fs);
    } catch (EncryptedDocumentException e) {
      throw new Refusal(ENCRYPTED);
    } catch (IOException | RuntimeException | org.apache.poi.hssf.eventusermodel.HSSFUserException e) {
      throw new Refusal("tệp .xls bị hỏng hoặc không trọn vẹn, không đọc được (" + e.getMessage() + "); hãy mở bằng "
          + "Excel, lưu lại thành .xlsx rồi tải lên lại (corrupt or truncated .xls)");
    }
    if (refusal != null) {
      throw refusal;
    }
  }

  /** Counts one record; false (stop) at the first limit passed or at a password. */
  private boolean count(Record record) {
    try {
      if (record instanceof FilePassRecord) {
        throw new Refusal(ENCRYPTED);
      } else if (record instanceof RowRecord) {
        XlsxScan.over(++rows, limits.maxRows(), "dòng", "qcdc.workbook.max-rows", "rows");
      } else if (record instanceof MulRKRecord mulRk) {
        cells += mulRk.getNumColumns();
      } else if (record instanceof MulBlankRecord mulBlank) {
        cells += mulBlank.getNumColumns();
      } else if (record instanceof CellValueRecordInterface) {
        cells++;
      } else if (record instanceof SSTRecord sst) {
        XlsxScan.over(sst.getNumUniqueStrings(), limits.maxSharedStrings(), "chuỗi văn bản dùng chung",
            "qcdc.workbook.max-shared-strings", "shared strings");
      }
      XlsxScan.over(cells, limits.maxCells(), "ô", "qcdc.workbook.max-cells", "cells");
      return true;
    } catch (Refusal r) {
      refusal = r;
      return false;
    }
  }
}
