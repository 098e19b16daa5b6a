package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qcdc.dossier.facts.Grade;

/** The helpers of the text table: Vietnamese grades, truncation and wrapping by columns. */
class EvaluationTextTest {

  @Test
  void gradesReadInVietnamese() {
    assertThat(EvaluationText.grade(Grade.TOT)).isEqualTo("Tốt");
    assertThat(EvaluationText.grade(Grade.KHA)).isEqualTo("Khá");
    assertThat(EvaluationText.grade(Grade.TRUNG_BINH)).isEqualTo("Trung bình");
    assertThat(EvaluationText.grade(Grade.YEU)).isEqualTo("Yếu");
    assertThat(EvaluationText.grade(Grade.KHONG_XEP_LOAI)).isEqualTo("Không đủ điều kiện xếp loại");
  }

  @Test
  void decomposedVietnameseIsCountedOneColumnPerLetter() {
    String decomposed = Normalizer.normalize("Thụ lý khiếu nại đúng hạn", Normalizer.Form.NFD);

    String fitted = EvaluationText.fit(EvaluationText.nfc(decomposed), 25);

    assertThat(fitted).isEqualTo("Thụ lý khiếu nại đúng hạn");
  }

  @Test
  void aLongTitleIsCutWithAnEllipsis() {
    String fitted = EvaluationText.fit("Giải quyết khiếu nại lần đầu đúng hạn và gửi quyết định", 20);

    assertThat(fitted).isEqualTo("Giải quyết khiếu nạ…").hasSize(20);
  }

  @Test
  void wrappedLinesStayWithinTheWidthAndKeepEveryWord() {
    String text = "Căn cứ: Điều 24 khoản 1, 2, Điều 29 khoản 3, Điều 30 Luật Tố cáo 25/2018/QH14. ".repeat(4);

    List<String> lines = EvaluationText.wrap(text, "  ", "    ");

    assertThat(lines).hasSizeGreaterThan(1)
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(EvaluationText.WIDTH));
    assertThat(String.join(" ", lines).replaceAll("\\s+", " ").trim()).isEqualTo(text.trim());
  }
}
