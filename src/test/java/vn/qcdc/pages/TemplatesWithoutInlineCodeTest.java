package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The templates keep to what the Content-Security-Policy allows, so that no page breaks silently in the browser: a
 * {@code <script>} either loads a file ({@code src}, {@code th:src}) or is a {@code type="application/json"} data
 * block; no {@code on…=} handler (also not through {@code th:attr}); no {@code javascript:} URL; no {@code <style>}
 * element and no {@code style=} attribute. Every offence is listed as {@code file:line: what}.
 */
class TemplatesWithoutInlineCodeTest {

  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  static final Pattern LOADS_A_FILE = Pattern.compile("\\s(th:)?src\\s*=", Pattern.CASE_INSENSITIVE);
  static final Pattern JSON_BLOCK = Pattern.compile("\\stype\\s*=\\s*\"application/json\"", Pattern.CASE_INSENSITIVE);
  static final Pattern HANDLER = Pattern.compile("\\s(?:th:|data-th-)?on[a-z]+\\s*=\\s*[\"']", Pattern.CASE_INSENSITIVE);
  static final Pattern HANDLER_THROUGH_ATTR = Pattern.compile(
      "\\sth:attr(?:append|prepend)?\\s*=\\s*\"[^\"]*\\bon[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
  static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);
  static final Pattern STYLE_ELEMENT = Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE);
  static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(?:th:|data-th-)?style\\s*=", Pattern.CASE_INSENSITIVE);

  @Test
  void noTemplateHasInlineScriptHandlersOrStyles() throws IOException {
    List<String> offences = new ArrayList<>();

    for (Path template : templates()) {
      offences.addAll(offences(template));
    }

    assertThat(offences).as("inline code in templates (CSP blocks it)").isEmpty();
  }

  @Test
  void theGuardFindsEachKindOfInlineCode() {
    String page = """
        <script>alert(1)</script>
        <script th:inline="javascript">var x = 1;</script>
        <script type="application/json" id="ok">{}</script>
        <script th:src="@{/js/ok.js}"></script>
        <form onsubmit="return confirm('x')"></form>
        <form th:attr="onsubmit='return confirm(1)'"></form>
        <a href="javascript:void(0)">x</a>
        <style>p { color: red }</style>
        <p style="color: red" th:style="'x'">x</p>
        """;

    List<String> offences = offences("page.html", page);

    assertThat(offences).containsExactly(
        "page.html:1: <script> without src that is not type=\"application/json\"",
        "page.html:2: <script> without src that is not type=\"application/json\"",
        "page.html:5: event handler attribute",
        "page.html:6: event handler set through th:attr",
        "page.html:7: javascript: URL",
        "page.html:8: <style> element",
        "page.html:9: style attribute",
        "page.html:9: style attribute");
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      List<Path> html = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
      assertThat(html).isNotEmpty();
      return html;
    }
  }

  private static List<String> offences(Path template) throws IOException {
    return offences(TEMPLATES.relativize(template).toString(), Files.readString(template, StandardCharsets.UTF_8));
  }

  static List<String> offences(String name, String text) {
    List<Offence> found = new ArrayList<>();
    Matcher script = SCRIPT.matcher(text);
    while (script.find()) {
      String attributes = script.group(1);
      if (!LOADS_A_FILE.matcher(attributes).find() && !JSON_BLOCK.matcher(attributes).find()) {
        found.add(new Offence(script.start(), "<script> without src that is not type=\"application/json\""));
      }
    }
    find(text, HANDLER, "event handler attribute", found);
    find(text, HANDLER_THROUGH_ATTR, "event handler set through th:attr", found);
    find(text, JAVASCRIPT_URL, "javascript: URL", found);
    find(text, STYLE_ELEMENT, "<style> element", found);
    find(text, STYLE_ATTRIBUTE, "style attribute", found);
    return found.stream().sorted(java.util.Comparator.comparingInt(Offence::at))
        .map(o -> name + ":" + line(text, o.at()) + ": " + o.what()).toList();
  }

  private static void find(String text, Pattern pattern, String what, List<Offence> found) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(new Offence(m.start(), what));
    }
  }

  private static int line(String text, int at) {
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private record Offence(int at, String what) {}
}
