package vn.qcdc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte scan reports the place Java's decoder reports, which the refusal of a file has always named. */
class Utf8Test {

  private static final String TEXT = "Xã Chí Minh — thôn Đông, 𝄞 ữ ≠ A\n";

  @Test
  void findsNothingWrongInWellFormedText() {
    byte[] bytes = TEXT.repeat(50).getBytes(StandardCharsets.UTF_8);

    assertThat(Utf8.firstMalformed(bytes, 0)).isEqualTo(-1);
  }

  @Test
  void findsTheFirstMalformedByteWhereJavasDecoderDoesInTenThousandDamagedTexts() {
    Random random = new Random(14);
    byte[] text = TEXT.repeat(4).getBytes(StandardCharsets.UTF_8);
    int malformed = 0;

    for (int run = 0; run < 10_000; run++) {
      byte[] bytes = random.nextInt(8) == 0 ? new byte[random.nextInt(12)] : text.clone();
      for (int k = random.nextInt(4); k >= 0 && bytes.length > 0; k--) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      if (random.nextBoolean() && bytes.length > 0) {
        bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
      }

      int expected = decoderError(bytes);
      assertThat(Utf8.firstMalformed(bytes, 0)).as("bytes %s", java.util.HexFormat.of().formatHex(bytes))
          .isEqualTo(expected);
      malformed += expected >= 0 ? 1 : 0;
    }

    assertThat(malformed).as("damaged texts that are not UTF-8").isBetween(3_000, 9_000);
  }

  @Test
  void refusesOverlongFormsSurrogatesAndCodePointsPastTheLast() {
    for (String hex : new String[] {"C0AF", "E080AF", "EDA080", "F08080AF", "F4908080", "F5808080", "80", "C3"}) {
      byte[] bytes = java.util.HexFormat.of().parseHex("41" + hex + "41");

      assertThat(Utf8.firstMalformed(bytes, 0)).as(hex).isEqualTo(1).isEqualTo(decoderError(bytes));
    }
  }

  /** Where Java's strict UTF-8 decoder stops, or -1. */
  private static int decoderError(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return result.isError() ? in.position() : -1;
  }
}
