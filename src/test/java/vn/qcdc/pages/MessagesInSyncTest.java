package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every page text exists in Vietnamese and in English, and the Vietnamese file really is Vietnamese. */
class MessagesInSyncTest {

  @Test
  void vietnameseAndEnglishPageTextsHaveTheSameKeys() throws IOException {
    Properties vi = load("messages.properties");
    Properties en = load("messages_en.properties");

    assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
  }

  @Test
  void vietnameseTextsKeepTheirDiacritics() throws IOException {
    Properties vi = load("messages.properties");

    assertThat(vi.getProperty("dashboard.recoverable")).isEqualTo("Điểm có thể khắc phục");
    assertThat(vi.getProperty("grade.KHA")).isEqualTo("Khá");
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
