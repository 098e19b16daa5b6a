package vn.qcdc.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.qcdc.support.Api;
import vn.qcdc.support.ExampleBytes;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/**
 * The impact preview's table in the page's language: communes by name with their code, totals and differences with a
 * decimal comma in Vietnamese and a point in English, grades and states by their labels, never their codes.
 */
@ServiceTest
class ImpactTableLanguageTest {

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired ImpactPreview preview;

  String jobId;

  @BeforeEach
  void previewK02ShortenedToTenDays() throws Exception {
    new Api(mvc).upload(ExampleBytes.fresh());
    String parameters = Files.readString(Path.of("rules", "parameters.yaml"));
    String shortened = parameters.replace("values: [ { from: 2023-01-01, value: \"30\" } ]",
        "values: [ { from: 2023-01-01, value: \"10\" } ]");
    assertThat(shortened).isNotEqualTo(parameters);
    jobId = preview.start(new ImpactPreview.Request(Map.of("parameters.yaml", shortened), null, null)).id();
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (!preview.find(jobId).orElseThrow().state().equals("DONE") && Instant.now().isBefore(until)) {
      Thread.sleep(200);
    }
    assertThat(preview.find(jobId).orElseThrow().state()).isEqualTo("DONE");
  }

  @Test
  void aVietnamesePageNamesTheCommuneAndWritesDecimalCommas() throws Exception {
    String row = chiMinh("vi");

    assertThat(cells(row, "td class=\"commune\"")).containsExactly("Chí Minh (11095)");
    assertThat(cells(row, "span class=\"total\"")).hasSize(2).allMatch(t -> t.matches("\\d+,\\d{2}"));
    assertThat(cells(row, "td class=\"num delta\"")).singleElement().asString().matches("[+−]\\d+,\\d{2}");
    assertThat(text(row)).contains("TC1.1").containsPattern("Khá|Trung bình|Tốt|Xuất sắc|Yếu")
        .doesNotContainPattern("\\b(KHA|TRUNG_BINH|TOT|XUAT_SAC|YEU|PASS|PARTIAL|FAIL)\\b|(?<![A-Z])\\d+\\.\\d");
  }

  @Test
  void anEnglishPageWritesDecimalPointsAndEnglishLabels() throws Exception {
    String row = chiMinh("en");

    assertThat(cells(row, "td class=\"commune\"")).containsExactly("Chí Minh (11095)");
    assertThat(cells(row, "span class=\"total\"")).hasSize(2).allMatch(t -> t.matches("\\d+\\.\\d{2}"));
    assertThat(cells(row, "td class=\"num delta\"")).singleElement().asString().matches("[+−]\\d+\\.\\d{2}");
    assertThat(text(row)).contains("TC1.1").doesNotContainPattern("\\b(KHA|TRUNG_BINH|TOT|XUAT_SAC|YEU|PASS|PARTIAL|FAIL)\\b|\\d,\\d")
        .doesNotContain("Khá", "Đạt");
  }

  /** Chí Minh's row of the impact table, as HTML. */
  private String chiMinh(String lang) throws Exception {
    String html = mvc.perform(get("/bo-quy-tac/soan-thao/xem-truoc/" + jobId).param("lang", lang)
            .with(user(users.loadUserByUsername("legal")))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    Matcher row = Pattern.compile("<tr[^>]*data-commune=\"" + TestUsers.CHI_MINH + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
        .matcher(html.substring(Math.max(0, html.indexOf("id=\"impact-table\""))));
    assertThat(row.find()).as("Chí Minh's row in %s", html).isTrue();
    return row.group(1);
  }

  /** The text of every element opened by {@code opening} (one without nested elements of its own name). */
  private static List<String> cells(String html, String opening) {
    String tag = opening.substring(0, opening.indexOf(' '));
    return Pattern.compile("<" + Pattern.quote(opening) + "[^>]*>(.*?)</" + tag + ">", Pattern.DOTALL).matcher(html)
        .results().map(m -> text(m.group(1))).toList();
  }

  /** What a reader sees of {@code html}: tags removed, spaces collapsed. */
  private static String text(String html) {
    return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
  }
}
