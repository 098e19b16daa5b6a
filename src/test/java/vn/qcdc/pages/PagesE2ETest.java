package vn.qcdc.pages;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context the browser journeys share: the whole application on a random port, in-memory H2, the demo
 * data and demo users on (chairman of xã Chí Minh, auditor).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "qcdc.demo.enabled=true")
@ActiveProfiles("test")
@interface PagesE2ETest {}
