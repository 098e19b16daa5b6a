package vn.qcdc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** While the demo dossiers are still being imported after start-up, the sign-in page says so, with the count. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "qcdc.demo.enabled=true")
@ActiveProfiles("test")
class DemoImportNoticeTest {

  @LocalServerPort int port;

  @Autowired DemoImport status;

  @Test
  void theSignInPageSaysTheDemoDataIsLoadingOnlyWhileItIs() throws Exception {
    status.started(17);
    status.imported();
    String during = signInPage();
    status.finished();
    String after = signInPage();

    assertThat(during).contains("Đang nạp dữ liệu mẫu (1/17 hồ sơ)");
    assertThat(after).doesNotContain("Đang nạp dữ liệu mẫu").contains("Đăng nhập");
  }

  private String signInPage() throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/dang-nhap")).header("Accept-Language", "vi").build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}
