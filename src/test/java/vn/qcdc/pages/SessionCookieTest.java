package vn.qcdc.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The session cookie as Tomcat really writes it: no script can read it, no other site's form or frame sends it. */
@PagesE2ETest
class SessionCookieTest {

  @LocalServerPort int port;

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
    HttpResponse<Void> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dang-nhap")).build(),
        HttpResponse.BodyHandlers.discarding());

    String cookie = response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(cookie).contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");
  }
}
