package vn.qcdc.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import vn.qcdc.i18n.BundleMessages;

/** Pages speak Vietnamese unless {@code ?lang=en} asks for English; the choice stays for the session. */
@Configuration
class PagesConfig implements WebMvcConfigurer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  /** Every bundle of page texts; {@code messages-pages} holds the texts of issue #12 (declarations, warnings, errors). */
  /** The bundles' basenames (kept in {@link BundleMessages}, which {@code i18n.Texts} also reads). */
  static final String[] BUNDLES = BundleMessages.BASENAMES;

  /** messages.properties is Vietnamese; never fall back to the machine's locale (an English server would show en). */
  @Bean
  MessageSource messageSource() {
    return BundleMessages.create();
  }

  @Bean
  LocaleResolver localeResolver() {
    SessionLocaleResolver resolver = new SessionLocaleResolver();
    resolver.setDefaultLocale(VIETNAMESE);
    return resolver;
  }

  /** Pages show and read decimals and dates the one way {@link PageFormats} says. */
  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addFormatterForFieldType(java.math.BigDecimal.class, new PageFormats.Numbers());
    registry.addFormatterForFieldType(java.time.LocalDate.class, new PageFormats.Dates());
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
    lang.setParamName("lang");
    lang.setIgnoreInvalidLocale(true);
    registry.addInterceptor(lang).excludePathPatterns("/api/**");
  }
}
