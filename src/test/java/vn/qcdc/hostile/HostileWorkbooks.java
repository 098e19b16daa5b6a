package vn.qcdc.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Hostile workbooks that are not a readable .xlsx or .xls: wrong kind of file, broken, bombs, encrypted, XML tricks. */
final class HostileWorkbooks {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private HostileWorkbooks() {}

  static List<Hostile> all() {
    return List.of(
        of("textNamedXlsx", () -> utf8("hello, world"), "không phải bảng tính Excel"),
        of("pdfRenamedXlsx", () -> utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"), "tệp PDF"),
        of("jsonRenamedXlsx", () -> utf8(Example.text()), "tệp JSON"),
        of("emptyFileNamedXlsx", () -> new byte[0], "tệp rỗng"),
        of("emptyZip", () -> Zips.zip(Map.of()), "tệp nén rỗng"),
        of("zipHeaderThenNoise", HostileWorkbooks::zipHeaderThenNoise, "bị hỏng hoặc không trọn vẹn"),
        of("truncatedWorkbook", () -> {
          byte[] whole = Workbooks.example();
          return Arrays.copyOf(whole, whole.length / 2);
        }, "không đọc được"),
        of("zipBomb", HostileWorkbooks::zipBomb, "bom nén"),
        of("aThousandAndOneEntries", HostileWorkbooks::manyEntries, "hơn 1000 phần nén"),
        of("decompressesPastFiftyMegabytes", HostileWorkbooks::largeButNotABomb, "lớn hơn giới hạn 50 MB"),
        of("passwordProtectedXlsx", HostileWorkbooks::encryptedXlsx, "mật khẩu"),
        of("passwordProtectedXls", HostileWorkbooks::encryptedXls, "mật khẩu"),
        of("xxeInSharedStrings", () -> Zips.with(Workbooks.example(), "xl/sharedStrings.xml", "<?xml version=\"1.0\"?>"
            + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><sst xmlns=\"" + MAIN + "\" count=\"1\" "
            + "uniqueCount=\"1\"><si><t>&xxe;</t></si></sst>"), "DOCTYPE"),
        of("billionLaughsInSharedStrings", () -> Zips.with(Workbooks.example(), "xl/sharedStrings.xml",
            billionLaughs()), "DOCTYPE"),
        of("xxeInContentTypes", () -> Zips.with(Workbooks.example(), "[Content_Types].xml", Zips.text(
            Workbooks.example(), "[Content_Types].xml").replaceFirst("<Types", "<!DOCTYPE Types [<!ENTITY x SYSTEM "
            + "\"http://attacker.example/x\">]><Types")), "DOCTYPE"),
        of("wordDocumentRenamedXlsx", () -> Zips.zip(ordered("[Content_Types].xml", "<Types xmlns=\"http://schemas"
            + ".openxmlformats.org/package/2006/content-types\"/>", "word/document.xml", "<w:document xmlns:w=\""
            + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>")),
            "văn bản Word"),
        of("zipOfATextFile", () -> Zips.zip(ordered("ghi-chu.txt", "hồ sơ")), "tệp nén .zip"),
        of("excel95File", () -> ole2("Book"), "Excel 5.0/95"),
        of("wordDocOle2", () -> ole2("WordDocument"), "không phải bảng tính Excel"));
  }

  private static byte[] zipHeaderThenNoise() {
    byte[] noise = new byte[4096];
    new Random(16).nextBytes(noise);
    noise[0] = 'P';
    noise[1] = 'K';
    noise[2] = 3;
    noise[3] = 4;
    return noise;
  }

  /** The example workbook with one more part of 200 MB of zeros, about 200 KB compressed. */
  private static byte[] zipBomb() {
    Map<String, Zips.EntryWriter> entries = new LinkedHashMap<>();
    Zips.entries(Workbooks.example()).forEach((name, bytes) -> entries.put(name, out -> out.write(bytes)));
    entries.put("xl/media/image1.bin", out -> {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        out.write(zeros);
      }
    });
    return Zips.zipStreamed(entries);
  }

  /**
   * 55 MB of lines alike but for a random number, cycling through 65,536 of them: about ten times smaller compressed,
   * so not a bomb, only too large.
   */
  private static byte[] largeButNotABomb() {
    Random random = new Random(55);
    byte[][] lines = new byte[65_536][];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = String.format("Ghi chú số %06d của hồ sơ minh chứng năm 2025%n", random.nextInt(1_000_000))
          .getBytes(StandardCharsets.UTF_8);
    }
    Map<String, Zips.EntryWriter> entries = new LinkedHashMap<>();
    Zips.entries(Workbooks.example()).forEach((name, bytes) -> entries.put(name, out -> out.write(bytes)));
    entries.put("xl/media/notes.txt", out -> {
      for (long written = 0, i = 0; written < 55L * 1024 * 1024; i++) {
        byte[] line = lines[(int) (i % lines.length)];
        out.write(line);
        written += line.length;
      }
    });
    return Zips.zipStreamed(entries);
  }

  private static byte[] manyEntries() {
    Map<String, byte[]> entries = Zips.entries(Workbooks.example());
    for (int i = 0; i < 1001; i++) {
      entries.put("xl/media/empty" + i + ".bin", new byte[0]);
    }
    return Zips.zip(entries);
  }

  private static byte[] encryptedXlsx() {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("mat-khau-xa");
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(Workbooks.example()));
          OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] encryptedXls() {
    Biff8EncryptionKey.setCurrentUserPassword("mat-khau-xa");
    try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.createSheet("Thông tin chung").createRow(0).createCell(0).setCellValue("Phiên bản định dạng");
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  /** An OLE2 compound file with one stream of the given name, as Excel 95 ("Book") or Word ("WordDocument"). */
  private static byte[] ole2(String stream) {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String billionLaughs() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return dtd + "]><sst xmlns=\"" + MAIN + "\" count=\"1\" uniqueCount=\"1\"><si><t>&lol9;</t></si></sst>";
  }

  private static Map<String, byte[]> ordered(String... namesAndTexts) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      entries.put(namesAndTexts[i], utf8(namesAndTexts[i + 1]));
    }
    return entries;
  }

  static Hostile of(String name, Supplier<byte[]> bytes, String expected) {
    return new Hostile(name, name + ".xlsx", Memo.of(name, bytes), expected);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
