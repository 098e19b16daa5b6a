package vn.qcdc.workbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an uploaded workbook may hold, checked before Apache POI builds it in memory (about 1 KB of heap a cell):
 * at the defaults one conversion needs up to about 300 MB (measured: a workbook of 170,000 cells converts in a 256 MB
 * heap, not in 192 MB), and {@code maxConcurrentConversions} of them run at once.
 * A commune's hand-filled workbook holds a few thousand rows; a larger dossier is sent as JSON (or with monthly
 * aggregates of administrative dossiers, format §5.17).
 *
 * @param maxUncompressedSize all the parts of an .xlsx together, decompressed (a zip bomb is stopped there)
 * @param maxRows rows of all sheets together, the template's title, header and notes rows included
 * @param maxCells cells of all sheets together, empty but formatted cells included
 * @param maxSharedStrings distinct texts of the workbook's shared-strings table
 * @param maxConcurrentConversions workbooks read at the same time by the service; others wait
 */
@ConfigurationProperties("qcdc.workbook")
public record WorkbookLimits(
    @DefaultValue("50MB") DataSize maxUncompressedSize,
    @DefaultValue("25000") int maxRows,
    @DefaultValue("200000") int maxCells,
    @DefaultValue("200000") int maxSharedStrings,
    @DefaultValue("2") int maxConcurrentConversions) {

  /** The defaults, for the command line (which runs without Spring) and the tests. */
  public static final WorkbookLimits DEFAULTS = new WorkbookLimits(DataSize.ofMegabytes(50), 25_000, 200_000, 200_000,
      2);
}
