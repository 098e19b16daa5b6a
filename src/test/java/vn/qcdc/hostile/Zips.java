package vn.qcdc.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds and takes apart zip archives (an .xlsx is one), to make workbooks no spreadsheet program would write. */
final class Zips {

  /** Writes the content of one entry; large entries are streamed, never held in memory. */
  interface EntryWriter {
    void write(OutputStream out) throws IOException;
  }

  private Zips() {}

  static Map<String, byte[]> entries(byte[] zip) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  static byte[] zip(Map<String, byte[]> entries) {
    Map<String, EntryWriter> writers = new LinkedHashMap<>();
    entries.forEach((name, bytes) -> writers.put(name, out -> out.write(bytes)));
    return zipStreamed(writers);
  }

  static byte[] zipStreamed(Map<String, EntryWriter> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, EntryWriter> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        e.getValue().write(out);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The workbook with one entry replaced (or added). */
  static byte[] with(byte[] xlsx, String name, String content) {
    Map<String, byte[]> entries = entries(xlsx);
    entries.put(name, content.getBytes(StandardCharsets.UTF_8));
    return zip(entries);
  }

  static String text(byte[] xlsx, String name) {
    return new String(entries(xlsx).get(name), StandardCharsets.UTF_8);
  }
}
