package vn.qcdc.hostile;

import static vn.qcdc.hostile.Example.replacing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Hostile dossiers that are not well-formed UTF-8 JSON, or that pass a parser limit, and too large ones. */
final class HostileJson {

  private HostileJson() {}

  static List<Hostile> all() {
    String example = Example.text();
    return List.of(
        of("emptyBody", () -> new byte[0], "the document is empty"),
        of("onlyWhiteSpace", () -> utf8(" \n\t "), "the document is empty"),
        of("theLiteralNull", () -> utf8("null"), "expected object"),
        of("aTopLevelArray", () -> utf8("[" + example + "]"), "expected object"),
        of("aTopLevelString", () -> utf8("\"hồ sơ minh chứng\""), "expected object"),
        of("aTopLevelNumber", () -> utf8("2025"), "expected object"),
        of("truncatedInTheMiddle", () -> utf8(example.substring(0, example.length() / 2)), "malformed JSON"),
        of("trailingGarbage", () -> utf8(example + " xyz"), "malformed JSON"),
        of("twoDossiersOneAfterTheOther", () -> utf8(example + example), "content after the end"),
        of("commentsInJson", () -> utf8("// hồ sơ\n" + example), "malformed JSON"),
        of("singleQuotedNames", () -> replacing("\"formatVersion\"", "'formatVersion'"), "malformed JSON"),
        of("trailingComma", () -> replacing("\"staffCount\": 22,", "\"staffCount\": 22,,"), "malformed JSON"),
        of("nanLiteral", () -> replacing("\"actualValue\": 91.2", "\"actualValue\": NaN"), "malformed JSON"),
        of("infinityLiteral", () -> replacing("\"targetValue\": 90", "\"targetValue\": Infinity"), "malformed JSON"),
        of("hexadecimalNumber", () -> replacing("\"staffCount\": 22", "\"staffCount\": 0x16"), "malformed JSON"),
        of("numberWithLeadingZeros", () -> replacing("\"staffCount\": 22", "\"staffCount\": 022"), "malformed JSON"),
        of("numberWithPlusSign", () -> replacing("\"staffCount\": 22", "\"staffCount\": +22"), "malformed JSON"),
        of("numberLiteralOf101Digits", () -> replacing("\"staffCount\": 22", "\"staffCount\": " + "9".repeat(101)),
            "số viết quá dài (hơn 100 ký tự)"),
        of("tenThousandNestedArrays", () -> replacing("\"staffCount\": 22", "\"staffCount\": " + "[".repeat(10_000)
            + "]".repeat(10_000)), "JSON lồng nhau quá sâu"),
        of("objectsNestedThirtyDeepInAnUnknownField", () -> replacing("\"formatVersion\"", "\"x\": "
            + "{\"a\": ".repeat(30) + "1" + "}".repeat(30) + ", \"formatVersion\""), "JSON lồng nhau quá sâu"),
        of("duplicateKey", () -> replacing("\"dossierId\"", "\"dossierId\": \"HSMC-X\", \"dossierId\""),
            "duplicate key 'dossierId'"),
        of("unescapedControlCharacterInText", () -> replacing("Thôn Đông", "Thôn\u0001Đông"), "malformed JSON"),
        of("utf16LittleEndianWithBom", () -> bom(new byte[] {(byte) 0xFF, (byte) 0xFE},
            example.getBytes(StandardCharsets.UTF_16LE)), "UTF-16 byte order mark"),
        of("utf16BigEndianWithoutBom", () -> example.getBytes(StandardCharsets.UTF_16BE), "NUL byte"),
        of("utf32", () -> example.getBytes(Charset.forName("UTF-32")), "NUL byte"),
        of("latin1", () -> example.replace("Chí Minh", "Chí Minh").getBytes(StandardCharsets.ISO_8859_1),
            "not UTF-8"),
        of("vietnameseSavedAsWindows1258", () -> example.getBytes(Charset.forName("windows-1258")), "not UTF-8"),
        of("invalidUtf8Sequence", () -> bom(utf8("{\"formatVersion\": \"1.0\", \"x\": \""),
            new byte[] {(byte) 0xC3, 0x28, '"', '}'}), "invalid byte 0xC3"),
        of("twoUtf8ByteOrderMarks", () -> bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF,
            (byte) 0xBB, (byte) 0xBF}, utf8(example)), "malformed JSON"),
        of("textOfTwoHundredThousandCharacters", () -> replacing("Thôn Đông", "x".repeat(200_000)),
            "văn bản dài hơn 100.000 ký tự"),
        of("fieldNameOfTwoThousandCharacters", () -> replacing("\"formatVersion\"", "\"" + "n".repeat(2_000)
            + "\": 1, \"formatVersion\""), "tên trường dài hơn 1.000 ký tự"),
        of("bodyLargerThanTwentyMegabytes", HostileJson::largerThanTwentyMegabytes, "20 MB"));
  }

  /** The example padded with white space to just over 20 MB: well-formed, but more than any upload may be. */
  private static byte[] largerThanTwentyMegabytes() {
    byte[] example = utf8(Example.text());
    byte[] big = Arrays.copyOf(example, 20 * 1024 * 1024 + 1);
    Arrays.fill(big, example.length, big.length, (byte) ' ');
    return big;
  }

  private static Hostile of(String name, Supplier<byte[]> bytes, String expected) {
    return new Hostile(name, name + ".json", Memo.of(name, bytes), expected);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bom(byte[] head, byte[] rest) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head);
    out.writeBytes(rest);
    return out.toByteArray();
  }
}
