package be.thorpark.ledger.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CorrelationIdFilterTest {

    private static String seenInTheMdc(
            MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        new CorrelationIdFilter()
                .doFilter(
                        request,
                        response,
                        new MockFilterChain() {
                            @Override
                            public void doFilter(
                                    jakarta.servlet.ServletRequest req,
                                    jakarta.servlet.ServletResponse res) {
                                seen.set(MDC.get(CorrelationIdFilter.MDC_KEY));
                            }
                        });
        return seen.get();
    }

    @Test
    void theClientsCorrelationIdIsOnEveryLogLineAndInTheAnswer() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/units");
        request.addHeader("X-Correlation-Id", "monthly-import-2024-03");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(seenInTheMdc(request, response)).isEqualTo("monthly-import-2024-03");
        assertThat(response.getHeader("X-Correlation-Id")).isEqualTo("monthly-import-2024-03");
        assertThat(CorrelationIdFilter.of(request)).isEqualTo("monthly-import-2024-03");
        assertThat(MDC.get(CorrelationIdFilter.MDC_KEY)).isNull();
    }

    @Test
    void anUnsafeOrMissingIdIsReplacedByANewOne() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/units");
        request.addHeader("X-Correlation-Id", "bad id\nwith a line break");
        MockHttpServletResponse response = new MockHttpServletResponse();

        String id = seenInTheMdc(request, response);

        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(response.getHeader("X-Correlation-Id")).isEqualTo(id);
        assertThat(CorrelationIdFilter.of(request)).isEqualTo(id);
    }
}
