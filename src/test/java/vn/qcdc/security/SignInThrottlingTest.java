package vn.qcdc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.qcdc.support.ServiceTest;

/**
 * Repeated wrong passwords, on the API (HTTP Basic) and on the sign-in page: after them even the right password is
 * refused for a while. Each test has its own user and its own addresses, so that the counts of one never reach another.
 */
@ServiceTest
class SignInThrottlingTest {

  static final String PASSWORD = "the-right-password";
  static final AtomicInteger NEXT = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder encoder;

  @Test
  void fiveWrongPasswordsThenTheRightOneIsRefusedWith429AndRetryAfter() throws Exception {
    String user = newUser();
    String address = newAddress();
    for (int i = 0; i < 5; i++) {
      api(user, "wrong-" + i, address).andExpect(status().isUnauthorized());
    }

    ResultActions refused = api(user, PASSWORD, address);

    refused.andExpect(status().isTooManyRequests())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:qcdc:problem:sign-in-throttled"))
        .andExpect(jsonPath("$.status").value(429));
    long retryAfter = Long.parseLong(refused.andReturn().getResponse().getHeader("Retry-After"));
    assertThat(retryAfter).isBetween(890L, 900L);
    api(user, PASSWORD, newAddress()).andExpect(status().isOk());
  }

  @Test
  void twentyWrongPasswordsFromOneAddressRefuseEveryUserFromIt() throws Exception {
    String user = newUser();
    String sprayer = newAddress();
    for (int i = 0; i < 20; i++) {
      api("sprayed-" + NEXT.incrementAndGet(), "password-" + i, sprayer).andExpect(status().isUnauthorized());
    }

    api(user, PASSWORD, sprayer).andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
    api(user, PASSWORD, newAddress()).andExpect(status().isOk());
  }

  @Test
  void aSuccessfulSignInResetsTheUsersCount() throws Exception {
    String user = newUser();
    String address = newAddress();
    for (int i = 0; i < 4; i++) {
      api(user, "wrong-" + i, address).andExpect(status().isUnauthorized());
    }
    api(user, PASSWORD, address).andExpect(status().isOk());

    for (int i = 0; i < 4; i++) {
      api(user, "wrong-again-" + i, address).andExpect(status().isUnauthorized());
    }

    api(user, PASSWORD, address).andExpect(status().isOk());
  }

  @Test
  void guessingFromManyAddressesCannotLockTheUserOutWhereTheyHaveSignedInBefore() throws Exception {
    String user = newUser();
    String home = newAddress();
    api(user, PASSWORD, home).andExpect(status().isOk());
    for (int i = 0; i < 10; i++) {
      api(user, "guess-" + i, newAddress()).andExpect(status().isUnauthorized());
    }

    api(user, PASSWORD, newAddress()).andExpect(status().isTooManyRequests());
    api(user, PASSWORD, home).andExpect(status().isOk());
  }

  @Test
  void fiveWrongPasswordsOnTheSignInPageThenTheRightOneIsRefusedWithTheWaitInVietnamese() throws Exception {
    String user = newUser();
    String address = newAddress();
    MockHttpSession session = new MockHttpSession();
    for (int i = 0; i < 4; i++) {
      form(user, "wrong-" + i, address, session).andExpect(redirectedUrl("/dang-nhap?error"));
    }
    form(user, "wrong-4", address, session).andExpect(redirectedUrl("/dang-nhap?bi-khoa"));

    form(user, PASSWORD, address, session).andExpect(redirectedUrl("/dang-nhap?bi-khoa"))
        .andExpect(unauthenticated());

    mvc.perform(get("/dang-nhap").param("bi-khoa", "").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(
            "Đăng nhập tạm thời bị khóa vì nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút.")));
    form(user, PASSWORD, newAddress(), new MockHttpSession()).andExpect(redirectedUrl("/")).andExpect(authenticated());
  }

  @Test
  void anotherSpellingOfTheSignInAddressDoesNotGetRoundTheRefusal() throws Exception {
    String user = newUser();
    String address = newAddress();
    for (int i = 0; i < 5; i++) {
      api(user, "wrong-" + i, address).andExpect(status().isUnauthorized());
    }

    for (String path : new String[] {"/dang-nhap/", "/dang-nhap?x=1", "//dang-nhap", "/./dang-nhap"}) {
      org.springframework.test.web.servlet.MvcResult result = mvc.perform(post(path).param("username", user)
          .param("password", PASSWORD).with(csrf()).with(from(address)).session(new MockHttpSession()))
          .andReturn();
      assertThat(result.getResponse().getRedirectedUrl()).as(path).isNotEqualTo("/");
    }
  }

  @Test
  void theSignInPageShowsNoWaitWithoutARefusal() throws Exception {
    mvc.perform(get("/dang-nhap").param("bi-khoa", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("tạm thời bị khóa"))));
  }

  @Test
  void failuresOnTheApiAlsoHoldBackTheSignInPage() throws Exception {
    String user = newUser();
    String address = newAddress();
    for (int i = 0; i < 5; i++) {
      api(user, "wrong-" + i, address).andExpect(status().isUnauthorized());
    }

    form(user, PASSWORD, address, new MockHttpSession()).andExpect(redirectedUrl("/dang-nhap?bi-khoa"))
        .andExpect(unauthenticated());
  }

  private ResultActions api(String user, String password, String address) throws Exception {
    return mvc.perform(get("/api/communes").with(httpBasic(user, password)).with(from(address)));
  }

  private ResultActions form(String user, String password, String address, MockHttpSession session)
      throws Exception {
    return mvc.perform(post("/dang-nhap").param("username", user).param("password", password).with(csrf())
        .with(from(address)).session(session));
  }

  private String newUser() {
    String name = "throttled-" + NEXT.incrementAndGet();
    users.insert(new AppUser(name, encoder.encode(PASSWORD), Role.LEGAL, null, true));
    return name;
  }

  private static String newAddress() {
    int n = NEXT.incrementAndGet();
    return "10.77." + (n / 250) + "." + (n % 250 + 1);
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
