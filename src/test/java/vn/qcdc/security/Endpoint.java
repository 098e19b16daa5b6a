package vn.qcdc.security;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One endpoint of the access matrix: a fresh valid request (so the allowed roles really succeed), the roles allowed
 * and the status they get.
 */
record Endpoint(String name, Supplier<MockHttpServletRequestBuilder> request, Set<Role> allowed, int success) {

  @Override
  public String toString() {
    return name;
  }
}
