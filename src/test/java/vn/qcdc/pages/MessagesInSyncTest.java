package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page text exists in Vietnamese and in English, and the Vietnamese file really is Vietnamese. */
class MessagesInSyncTest {

  @ParameterizedTest
  @ValueSource(strings = {"messages", "messages-lifecycle", "messages-pages", "messages-admin", "messages-workbench",
      "messages-problems", "messages-report", "messages-workbook"})
  void vietnameseAndEnglishPageTextsHaveTheSameKeys(String bundle) throws IOException {
    Properties vi = load(bundle + ".properties");
    Properties en = load(bundle + "_en.properties");

    assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
  }

  @Test
  void noTextIsDefinedInTwoBundles() throws IOException {
    List<String> bundles = List.of("messages", "messages-lifecycle", "messages-pages", "messages-admin", "messages-workbench",
        "messages-problems", "messages-report", "messages-workbook");
    for (int i = 0; i < bundles.size(); i++) {
      for (int j = i + 1; j < bundles.size(); j++) {
        assertThat(load(bundles.get(i) + ".properties").stringPropertyNames())
            .as("%s and %s", bundles.get(i), bundles.get(j))
            .doesNotContainAnyElementsOf(load(bundles.get(j) + ".properties").stringPropertyNames());
      }
    }
  }

  @Test
  void vietnameseTextsKeepTheirDiacritics() throws IOException {
    Properties vi = load("messages.properties");

    assertThat(vi.getProperty("dashboard.recoverable")).isEqualTo("Điểm có thể khắc phục");
    assertThat(vi.getProperty("grade.KHA")).isEqualTo("Khá");
    assertThat(load("messages-lifecycle.properties").getProperty("state.year.SIGNED_OFF")).isEqualTo("Đã công nhận");
    assertThat(load("messages-admin.properties").getProperty("password.title")).isEqualTo("Đổi mật khẩu");
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
