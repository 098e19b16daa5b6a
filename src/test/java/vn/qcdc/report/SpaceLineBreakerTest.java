package vn.qcdc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of the PDF break only between words, never inside dates, document numbers or points. */
class SpaceLineBreakerTest {

  @Test
  void breaksAfterEachRunOfSpacesAndAtTheEnd() {
    assertThat(pieces("hạn 31/01/2025,  Luật 10/2022/QH15 (2,67/4,00 điểm)"))
        .containsExactly("hạn ", "31/01/2025,  ", "Luật ", "10/2022/QH15 ", "(2,67/4,00 ", "điểm)");
  }

  @Test
  void emptyTextHasNoBreak() {
    SpaceLineBreaker breaker = new SpaceLineBreaker();
    breaker.setText("");

    assertThat(breaker.next()).isEqualTo(-1);
  }

  private static List<String> pieces(String text) {
    SpaceLineBreaker breaker = new SpaceLineBreaker();
    breaker.setText(text);
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int end = breaker.next(); end != -1; end = breaker.next()) {
      out.add(text.substring(start, end));
      start = end;
    }
    return out;
  }
}
