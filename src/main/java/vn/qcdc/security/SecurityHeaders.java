package vn.qcdc.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every page and API answer, both filter chains alike.
 *
 * <p>The Content-Security-Policy allows scripts, styles, fonts and connections from this origin only: no inline
 * script or {@code on…=} handler (page scripts live in {@code static/js}, their data in {@code data-} attributes or
 * a {@code <script type="application/json">} block, which the browser does not run), no {@code <style>} element
 * (styles live in {@code static/css}), images also as {@code data:} URLs (Swagger UI's icons), no plugins, no
 * {@code <base>}, forms posting to this origin only, and no framing. The templates use no inline script, handler,
 * {@code <style>} or {@code style=} ({@code TemplatesWithoutInlineCodeTest}).
 *
 * <p>One relaxation, for style attributes only ({@code style-src-attr 'unsafe-inline'}): ECharts' SVG renderer
 * writes the fonts and positions of chart labels as {@code style="…"} attributes, and Swagger UI sets some too;
 * without it the browser blocks them (seen in Chromium). A style attribute cannot run script, and the {@code url()}
 * it could hold may only load from this origin ({@code img-src}, {@code font-src}). Browsers without
 * {@code style-src-attr} (Firefox before 108) fall back to {@code style-src 'self'}: the charts then lose their label
 * fonts, nothing else.
 *
 * <p>Swagger UI ({@code /swagger-ui/}, the API's own documentation, public and without user data) also injects a
 * {@code <style>} element, so its pages alone get {@code style-src 'self' 'unsafe-inline'}; their scripts are held
 * to {@code 'self'} like everywhere else.
 *
 * <p>HSTS is Spring Security's default: written only on requests that arrived over TLS, so a plain-HTTP development
 * server never pins itself. Behind a TLS-terminating proxy, let Tomcat trust that proxy's
 * {@code X-Forwarded-Proto} ({@code server.forward-headers-strategy=native} with
 * {@code server.tomcat.remoteip.internal-proxies} naming the proxy); the session cookie then also gets
 * {@code Secure}.
 */
final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY = policy("style-src 'self'", "style-src-attr 'unsafe-inline'");
  static final String SWAGGER_UI_POLICY = policy("style-src 'self' 'unsafe-inline'");

  private SecurityHeaders() {}

  private static String policy(String... styles) {
    List<String> directives = new ArrayList<>(List.of("default-src 'self'", "script-src 'self'"));
    directives.addAll(List.of(styles));
    directives.addAll(List.of("img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
        "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"));
    return String.join("; ", directives);
  }

  static void apply(HttpSecurity http) throws Exception {
    http.headers(headers -> headers
        .addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
            request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/")
                ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .frameOptions(frame -> frame.deny())
        .contentTypeOptions(options -> { })
        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
  }
}
