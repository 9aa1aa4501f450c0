package cn.anjian.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.ModelAndView;

/** Issue 20: a request the database could not serve in time (pool exhausted, database down) is a 503 to retry, not a 500. */
class OverloadTests {

    static final SQLTransientConnectionException POOL = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 3000ms (total=10, active=10, idle=0, waiting=181)");

    @Test
    @DisplayName("the pool's wait running out under load answers the API 503 UNAVAILABLE with Retry-After; any other fault stays 500")
    void poolExhaustedOnTheApi() throws Exception {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/api/v1/cases");
        MockHttpServletResponse res = new MockHttpServletResponse();
        Object answer = new ApiExceptionHandler().unexpected(
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", POOL), req, res);
        @SuppressWarnings("unchecked")
        ResponseEntity<ProblemDetail> problem = (ResponseEntity<ProblemDetail>) answer;
        assertThat(problem.getStatusCode().value()).isEqualTo(503);
        assertThat(problem.getBody().getProperties()).containsEntry("code", "UNAVAILABLE");
        assertThat(problem.getBody().getDetail()).startsWith("系统繁忙，请稍后重试");
        assertThat(res.getHeader("Retry-After")).isEqualTo("5");

        MockHttpServletResponse other = new MockHttpServletResponse();
        @SuppressWarnings("unchecked")
        ResponseEntity<ProblemDetail> fault = (ResponseEntity<ProblemDetail>) new ApiExceptionHandler()
                .unexpected(new IllegalStateException("a bug"), req, other);
        assertThat(fault.getStatusCode().value()).isEqualTo(500);
        assertThat(other.getHeader("Retry-After")).isNull();
    }

    @Test
    @DisplayName("the same in a filter (the session repository) reaching the error dispatch: the page says the system is busy, 503")
    void poolExhaustedInAFilter() {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/error");
        req.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        req.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/cases");
        req.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", POOL));
        MockHttpServletResponse res = new MockHttpServletResponse();
        ModelAndView page = (ModelAndView) new ContainerErrorController().error(req, res);
        assertThat(res.getStatus()).isEqualTo(503);
        assertThat(res.getHeader("Retry-After")).isEqualTo("5");
        assertThat(String.valueOf(page.getModel().get("message"))).startsWith("系统繁忙，请稍后重试");
    }

    @Test
    @DisplayName("a database that is down (no pool timeout in the chain) is told as unreachable")
    void unreachable() {
        assertThat(Overload.of(new CannotGetJdbcConnectionException("Connection refused"))).isEqualTo(Overload.Kind.UNREACHABLE);
        assertThat(Overload.of(new RuntimeException(new CannotCreateTransactionException("x", POOL)))).isEqualTo(Overload.Kind.BUSY);
        assertThat(Overload.of(new IllegalArgumentException("x"))).isEqualTo(Overload.Kind.NONE);
        SQLTransientConnectionException down = new SQLTransientConnectionException("HikariPool-1 - Connection is not available",
                "08001", new java.net.ConnectException("Connection refused"));
        assertThat(Overload.of(new CannotCreateTransactionException("x", down))).isEqualTo(Overload.Kind.UNREACHABLE);
    }
}
