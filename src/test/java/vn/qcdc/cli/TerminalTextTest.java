package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Dossier and rule text printed on the auditor's terminal keeps its letters and loses every control sequence. */
class TerminalTextTest {

  static final String ESC = "\u001b";
  static final String HOSTILE = "Chí Minh" + ESC + "[2J" + ESC + "[H" + ESC + "[1;32m100/100 TỐT" + ESC + "[0m"
      + "\u009b2J" + "\u202eTỐT\u202c" + "\u2066x\u2069" + "\u200b" + "\u007f" + "\u0007" + "\r" + "\u2028";

  @Test
  void escapeCodesC1ControlsBidiOverridesAndZeroWidthCharactersAreRemoved() {
    String clean = TerminalText.clean(HOSTILE);

    assertThat(clean).isEqualTo("Chí Minh[2J[H[1;32m100/100 TỐT[0m2JTỐTx");
  }

  @Test
  void vietnameseInEitherNormalFormAndSymbolsAreKept() {
    String decomposed = Normalizer.normalize("Thụ lý khiếu nại đúng hạn", Normalizer.Form.NFD);
    String symbols = "≥ 90 — “Tốt” · 76,74 ₫ 😀";

    assertThat(TerminalText.clean(decomposed)).isEqualTo(decomposed);
    assertThat(TerminalText.clean(symbols)).isEqualTo(symbols);
  }

  @Test
  void newlinesAndTabsAreKeptInTextAndBecomeSpacesOnATableLine() {
    assertThat(TerminalText.clean("a\nb\tc")).isEqualTo("a\nb\tc");
    assertThat(TerminalText.inline("a\nb\tc")).isEqualTo("a b c");
  }

  @Test
  void theWriterFiltersWhateverIsPrintedEvenCharByCharAndKeepsLineEnds() throws IOException {
    StringWriter sink = new StringWriter();
    TerminalWriter writer = new TerminalWriter(sink);
    String text = HOSTILE + "\r\nnext 😀\n";

    for (char c : text.toCharArray()) {
      writer.write(c);
    }
    writer.flush();

    assertThat(sink.toString()).isEqualTo("Chí Minh[2J[H[1;32m100/100 TỐT[0m2JTỐTx\r\nnext 😀\n");
  }

  @Test
  void theWriterFiltersLongTextsInChunksAsItDoesCharByChar() throws IOException {
    String text = (HOSTILE + "\r\nnext 😀\n\ra\ud83db").repeat(2_000);
    StringWriter byChar = new StringWriter();
    StringWriter whole = new StringWriter();
    TerminalWriter one = new TerminalWriter(byChar);
    TerminalWriter other = new TerminalWriter(whole);

    for (char c : text.toCharArray()) {
      one.write(c);
    }
    other.write(text);
    other.write(text.toCharArray(), 0, text.length());
    one.write(text);

    assertThat(text.length()).isGreaterThan(3 * 8192);
    assertThat(whole.toString()).isEqualTo(byChar.toString());
  }

  @Test
  void aLoneSurrogateIsDropped() throws IOException {
    StringWriter sink = new StringWriter();
    TerminalWriter writer = new TerminalWriter(sink);

    writer.write("a\ud83db\udc00c");
    writer.flush();

    assertThat(sink.toString()).isEqualTo("abc");
  }
}
