package vn.qcdc.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.util.XMLHelper;
import vn.qcdc.i18n.Count;
import vn.qcdc.i18n.Message;

/**
 * Reads an .xlsx the way Apache POI will (entry by entry from the local headers, with commons-compress), without
 * building anything: decompressed bytes, rows, cells and shared strings are counted against the limits and the scan
 * stops at the first one passed, so that a zip bomb or a sheet of a million rows costs at most the limit. Every XML
 * part is streamed with POI's hardened StAX factory and a document type declaration (the door of XXE and of the
 * "billion laughs") is refused: no Office file has one.
 */
final class XlsxScan {

  private static final Set<String> SPREADSHEET_NAMESPACES = Set.of(
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main");
  private static final int MAX_ENTRIES = 1000;
  /** POI's own bound (ZipSecureFile): an entry that decompresses to more than 100 times its size is a bomb. */
  private static final int MAX_RATIO = 100;
  private static final long GRACE_BYTES = 100 * 1024;
  private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

  private final WorkbookLimits limits;
  private long uncompressed;
  private int entries;
  private int rows;
  private int cells;
  private int strings;
  private boolean workbookPart;
  /** The kind of Office file found instead of a workbook (a key of workbook.kind.*), or null. */
  private String otherDocument;

  private XlsxScan(WorkbookLimits limits) {
    this.limits = limits;
  }

  static void check(byte[] bytes, WorkbookLimits limits) throws Refusal {
    new XlsxScan(limits).scan(bytes);
  }

  private void scan(byte[] bytes) throws Refusal {
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8.name(), false, true)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new Refusal("workbook.zip.entries", MAX_ENTRIES);
        }
        byte[] data = read(zip, entry.getName());
        if (looksLikeXml(data)) {
          scanXml(entry.getName(), data);
        } else if (entry.getName().endsWith("workbook.bin")) {
          otherDocument = "xlsb";
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new Refusal("workbook.zip.corrupt", String.valueOf(e.getMessage()));
    }
    if (entries == 0) {
      throw new Refusal("workbook.zip.empty");
    }
    if (!workbookPart) {
      throw new Refusal("workbook.zip.other", Message.of("workbook.kind." + (otherDocument == null ? "zip"
          : otherDocument)));
    }
  }

  /** The entry's bytes, within what is left of the decompressed size; a bomb is named by its ratio. */
  private byte[] read(ZipArchiveInputStream zip, String name) throws IOException, Refusal {
    long left = limits.maxUncompressedSize().toBytes() - uncompressed;
    byte[] data = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, left + 1));
    uncompressed += data.length;
    long compressed = Math.max(1, zip.getCompressedCount());
    if (data.length > GRACE_BYTES && data.length > compressed * MAX_RATIO) {
      throw new Refusal("workbook.zip.bomb", shortName(name), MAX_RATIO);
    }
    if (data.length > left) {
      throw new Refusal("workbook.zip.tooLarge", limits.maxUncompressedSize().toMegabytes());
    }
    return data;
  }

  private void scanXml(String name, byte[] data) throws Refusal {
    try {
      XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(data));
      boolean root = true;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new Refusal("workbook.xml.doctype", shortName(name));
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          element(xml, root);
          root = false;
        }
      }
      xml.close();
    } catch (XMLStreamException e) {
      throw new Refusal("workbook.xml.bad", shortName(name), String.valueOf(e.getMessage()));
    }
  }

  private void element(XMLStreamReader xml, boolean root) throws Refusal {
    String namespace = xml.getNamespaceURI();
    String local = xml.getLocalName();
    if (root && !SPREADSHEET_NAMESPACES.contains(namespace)) {
      if (local.equals("document")) {
        otherDocument = "docx";
      } else if (local.equals("presentation")) {
        otherDocument = "pptx";
      }
    }
    if (!SPREADSHEET_NAMESPACES.contains(namespace)) {
      return;
    }
    switch (local) {
      case "workbook" -> workbookPart |= root;
      case "row" -> over(++rows, limits.maxRows(), "rows", "qcdc.workbook.max-rows");
      case "c" -> over(++cells, limits.maxCells(), "cells", "qcdc.workbook.max-cells");
      case "si" -> over(++strings, limits.maxSharedStrings(), "strings", "qcdc.workbook.max-shared-strings");
      default -> { }
    }
  }

  /** {@code what}: rows, cells or strings (workbook.unit.*); {@code property} the setting that holds the limit. */
  static void over(int count, int limit, String what, String property) throws Refusal {
    if (count > limit) {
      throw new Refusal("workbook.limit", Count.of(limit), Message.of("workbook.unit." + what), property);
    }
  }

  /** XML starts with '<' after an optional byte order mark and white space, or is UTF-16/32 (zero bytes at once). */
  private static boolean looksLikeXml(byte[] data) {
    for (int i = 0; i < Math.min(data.length, 64); i++) {
      int b = data[i] & 0xff;
      if (b == '<' || b == 0 || b == 0xFE || b == 0xFF) {
        return true;
      }
      boolean skippable = b == ' ' || b == '\t' || b == '\r' || b == '\n' || i < 3 && (b == 0xEF || b == 0xBB
          || b == 0xBF);
      if (!skippable) {
        return false;
      }
    }
    return false;
  }

  private static String shortName(String name) {
    return name.length() <= 80 ? name : name.substring(0, 80) + "…";
  }
}
