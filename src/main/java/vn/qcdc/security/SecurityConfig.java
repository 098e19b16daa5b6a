package vn.qcdc.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what. The API under {@code /api/} uses HTTP Basic, keeps no session and is exempt from CSRF tokens
 * (no cookie authenticates it; see {@link CrossSiteRequestFilter}); every other path keeps Spring's CSRF protection
 * for the browser forms to come.
 */
@Configuration
class SecurityConfig {

  static final String AUDITOR = Role.AUDITOR.name();
  static final String LEGAL = Role.LEGAL.name();
  static final String CHAIRMAN = Role.CHAIRMAN.name();
  static final String ADMIN = Role.ADMIN.name();

  @Bean
  @org.springframework.core.annotation.Order(1)
  SecurityFilterChain api(HttpSecurity http, ObjectMapper json, SignInThrottle throttle) throws Exception {
    ProblemResponses problems = new ProblemResponses(json);
    http.securityMatcher("/api/**", "/actuator/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**")
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/health/**", "/actuator/info", "/error").permitAll()
            .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
            .requestMatchers(GET, "/api/communes/*/history", "/api/communes/*/years", "/api/communes/*/years/*",
                "/api/communes/*/comparison").hasAnyRole(AUDITOR, LEGAL, CHAIRMAN)
            .requestMatchers(POST, "/api/communes/*/years/*/submission", "/api/communes/*/years/*/sign-off")
                .hasRole(AUDITOR)
            .requestMatchers(POST, "/api/communes/*/years/*/reopening").hasAnyRole(AUDITOR, ADMIN)
            .requestMatchers(GET, "/api/communes", "/api/communes/*").authenticated()
            .requestMatchers(POST, "/api/communes", "/api/communes/*/predecessors").hasRole(ADMIN)
            .requestMatchers(PUT, "/api/communes/*").hasRole(ADMIN)
            .requestMatchers("/api/users", "/api/users/**").hasRole(ADMIN)
            .requestMatchers(GET, "/api/rule-set", "/api/rule-set/**").hasAnyRole(LEGAL, AUDITOR)
            .requestMatchers(POST, "/api/rule-set/**").hasRole(LEGAL)
            .requestMatchers(POST, "/api/dossiers", "/api/dossiers/**").hasRole(AUDITOR)
            .requestMatchers(GET, "/api/dossiers", "/api/dossiers/**").hasAnyRole(AUDITOR, LEGAL)
            .requestMatchers(POST, "/api/evaluations/**").hasRole(AUDITOR)
            .requestMatchers("/api/reevaluations", "/api/reevaluations/**").hasAnyRole(LEGAL, AUDITOR)
            .requestMatchers(GET, "/api/evaluations", "/api/evaluations/**").hasAnyRole(AUDITOR, LEGAL, CHAIRMAN)
            .requestMatchers(GET, "/api/ledger/**").hasAnyRole(AUDITOR, LEGAL, ADMIN)
            .anyRequest().denyAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthorized())
            .accessDeniedHandler(problems.forbidden()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
        .addFilterBefore(new CrossSiteRequestFilter(problems), BasicAuthenticationFilter.class)
        .addFilterBefore(SignInThrottleFilter.api(throttle, problems), BasicAuthenticationFilter.class)
        .addFilterBefore(PasswordChangeGate.api(problems), AuthorizationFilter.class);
    SecurityHeaders.apply(http);
    return http.build();
  }

  @Bean
  SignInThrottle signInThrottle(SecurityProperties properties) {
    return new SignInThrottle(properties.signIn(), Clock.systemUTC());
  }

  /** Demo passwords are allowed only with the demo data (read by name: the demo feature depends on this one). */
  @Bean
  PasswordPolicy passwordPolicy(@Value("${qcdc.demo.enabled:true}") boolean demoEnabled) {
    return new PasswordPolicy(demoEnabled);
  }

  @Bean
  PasswordEncoder passwordEncoder(SecurityProperties properties) {
    return new BCryptPasswordEncoder(properties.bcryptStrength());
  }
}
