package vn.qcdc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.TestUsers;

/** Pages and API answers carry the same protective headers; HSTS only on requests that came over TLS. */
@ServiceTest
class SecurityHeadersTest {

  @Autowired MockMvc mvc;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/dang-nhap", "/tinh", "/api/communes", "/actuator/health", "/js/charts.js"})
  void everyAnswerCarriesThePolicyAndTheOtherHeaders(String path) throws Exception {
    MockHttpServletResponse response = perform(get(path));

    assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void scriptsComeFromThisOriginOnlyAndNeverInline() throws Exception {
    Map<String, String> policy = directives(perform(get("/dang-nhap")).getHeader("Content-Security-Policy"));

    assertThat(policy.get("script-src")).isEqualTo("'self'");
    assertThat(policy.get("default-src")).isEqualTo("'self'");
    assertThat(policy.get("style-src")).isEqualTo("'self'");
    assertThat(policy.get("object-src")).isEqualTo("'none'");
    assertThat(policy.get("frame-ancestors")).isEqualTo("'none'");
    assertThat(policy.get("base-uri")).isEqualTo("'none'");
    assertThat(policy.get("form-action")).isEqualTo("'self'");
    assertThat(policy).allSatisfy((directive, sources) -> assertThat(sources).doesNotContain("unsafe-eval"));
    assertThat(policy.entrySet()).filteredOn(e -> !e.getKey().equals("style-src-attr"))
        .allSatisfy(e -> assertThat(e.getValue()).doesNotContain("unsafe-inline"));
    assertThat(policy.get("style-src-attr")).isEqualTo("'unsafe-inline'");
  }

  @Test
  void swaggerUiAloneMayUseInlineStylesButNoInlineScript() throws Exception {
    Map<String, String> policy = directives(perform(get("/swagger-ui/index.html")).getHeader("Content-Security-Policy"));

    assertThat(policy.get("style-src")).isEqualTo("'self' 'unsafe-inline'");
    assertThat(policy.get("script-src")).isEqualTo("'self'");
    assertThat(directives(perform(get("/api/communes").with(TestUsers.auditor())).getHeader("Content-Security-Policy"))
        .get("style-src")).isEqualTo("'self'");
  }

  @Test
  void hstsIsSentOnlyOverTls() throws Exception {
    assertThat(perform(get("/dang-nhap")).getHeader("Strict-Transport-Security")).isNull();
    assertThat(perform(get("/api/communes").with(TestUsers.auditor())).getHeader("Strict-Transport-Security"))
        .isNull();

    assertThat(perform(get("/dang-nhap").secure(true)).getHeader("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000 ; includeSubDomains");
    assertThat(perform(get("/api/communes").secure(true).with(TestUsers.auditor()))
        .getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
  }

  private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse();
  }

  private static Map<String, String> directives(String policy) {
    return Arrays.stream(policy.split(";")).map(String::strip)
        .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.split(" ", 2)[1]));
  }
}
