package vn.qcdc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.qcdc.support.Examples;

/**
 * The sentences of a result, in both languages, write dates as dd/MM/yyyy and name organisations, never a format code,
 * and the Vietnamese ones write decimals with a comma: an English finding said "due 2025-01-31", both languages "the
 * recommendation of FATHERLAND_FRONT", and Vietnamese pages "1.5/3 điểm".
 */
class SentencesAsPeopleWriteThemTest {

  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");
  private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\w.])\\d+\\.\\d+(?!\\w)");

  @ParameterizedTest
  @ValueSource(strings = {"chi-minh-2025", "chi-minh-2026", "hung-dao-2023"})
  void everySentenceWritesDatesAsPeopleDoAndNoCode(String example) {
    List<String> sentences = sentences(Examples.evaluated(example));

    assertThat(sentences).hasSizeGreaterThan(500);
    assertThat(sentences).noneMatch(s -> ISO_DATE.matcher(s).find());
    assertThat(sentences).noneMatch(s -> CODE.matcher(s).find());
    assertThat(sentences).anyMatch(s -> s.contains("due 31/01/") || s.contains("no later than 31/01/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"chi-minh-2025", "chi-minh-2026", "hung-dao-2023"})
  void vietnameseSentencesWriteADecimalComma(String example) {
    Evaluation evaluation = Examples.evaluated(example);
    List<String> vietnamese = new ArrayList<>();
    evaluation.findings().forEach(f -> {
      vietnamese.add(f.explanation().vi());
      f.parts().forEach(p -> p.checks().forEach(c -> vietnamese.add(c.text().vi())));
    });

    assertThat(vietnamese).noneMatch(s -> DECIMAL_POINT.matcher(s).find());
    assertThat(vietnamese).anyMatch(s -> s.contains(": 1,5/3 điểm (Đạt một phần)."));
  }

  private static List<String> sentences(Evaluation evaluation) {
    List<String> all = new ArrayList<>();
    for (Finding f : evaluation.findings()) {
      all.add(f.explanation().vi());
      all.add(f.explanation().en());
      f.parts().forEach(p -> p.checks().forEach(c -> {
        all.add(c.text().vi());
        all.add(c.text().en());
      }));
    }
    evaluation.adjustments().forEach(a -> {
      all.add(a.reason().vi());
      all.add(a.reason().en());
    });
    return all;
  }
}
