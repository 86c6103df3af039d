package org.entente.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

class MalformedRequestFilterTest {

    final MalformedRequestFilter filter = new MalformedRequestFilter(JsonMapper.builder().build());

    @ParameterizedTest
    @ValueSource(strings = {"q=%zz", "page=%FF", "q=%C3%28", "x=%", "x=%2", "q=ok&x=%E2%82"})
    void aQueryStringThatIsNotPercentEncodedUtf8IsA400ProblemBeforeAnythingReadsIt(String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
        request.setQueryString(query);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("The query string");
        assertThat(chain.getRequest()).as("passed on").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=caf%C3%A9", "q=%E2%80%AE&page=2", "q=a+b", "types=x,y&lang=fr"})
    void aWellEncodedQueryStringPasses(String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/organizations");
        request.setQueryString(query);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void aRequestWithoutQueryStringPasses() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/unsubscribe/x");

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }
}
