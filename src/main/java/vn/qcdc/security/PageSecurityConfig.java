package vn.qcdc.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may open which browser page: form sign-in at {@code /dang-nhap} (throttled by {@link SignInThrottle}), a
 * session per browser, CSRF tokens on every form. The API keeps its own stateless chain ({@link SecurityConfig}, order 1); this one takes every other path.
 */
@Configuration
class PageSecurityConfig {

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, SignInThrottle throttle) throws Exception {
    String auditor = Role.AUDITOR.name();
    String legal = Role.LEGAL.name();
    String chairman = Role.CHAIRMAN.name();
    String officer = Role.OFFICER.name();
    http.authorizeHttpRequests(auth -> auth
            .requestMatchers("/dang-nhap", "/css/**", "/js/**", "/fonts/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
            .requestMatchers("/xa/*/ho-so/*/cham-diem").hasRole(auditor)
            .requestMatchers("/xa/*/ho-so/*/nop").hasRole(officer)
            .requestMatchers("/xa/*/ho-so", "/xa/*/ho-so/**").hasAnyRole(auditor, officer)
            .requestMatchers("/tai-len", "/danh-gia/*/tham-dinh", "/xa/*/*/cong-nhan", "/xa/*/*/mo-lai")
                .hasRole(auditor)
            .requestMatchers("/tinh", "/bo-quy-tac", "/bo-quy-tac/cham-lai").hasAnyRole(auditor, legal)
            .requestMatchers("/xa/**", "/danh-gia/**", "/so-sanh").hasAnyRole(auditor, legal, chairman, officer)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/dang-nhap").defaultSuccessUrl("/", true)
            .failureHandler(SignInLockout.failureHandler(throttle)).permitAll())
        .addFilterBefore(SignInThrottleFilter.form(throttle), UsernamePasswordAuthenticationFilter.class)
        .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessUrl("/dang-nhap?da-dang-xuat").permitAll());
    SecurityHeaders.apply(http);
    return http.build();
  }
}
