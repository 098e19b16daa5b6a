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

  private static final String ENCRYPTED = "workbook.encrypted";

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
        throw new Refusal(root.hasEntry("Book") ? "workbook.xls.excel95" : "workbook.xls.notExcel");
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
      throw new Refusal("workbook.xls.corrupt", String.valueOf(e.getMessage()));
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
        XlsxScan.over(++rows, limits.maxRows(), "rows", "qcdc.workbook.max-rows");
      } else if (record instanceof MulRKRecord mulRk) {
        cells += mulRk.getNumColumns();
      } else if (record instanceof MulBlankRecord mulBlank) {
        cells += mulBlank.getNumColumns();
      } else if (record instanceof CellValueRecordInterface) {
        cells++;
      } else if (record instanceof SSTRecord sst) {
        XlsxScan.over(sst.getNumUniqueStrings(), limits.maxSharedStrings(), "strings",
            "qcdc.workbook.max-shared-strings");
      }
      XlsxScan.over(cells, limits.maxCells(), "cells", "qcdc.workbook.max-cells");
      return true;
    } catch (Refusal r) {
      refusal = r;
      return false;
    }
  }
}
