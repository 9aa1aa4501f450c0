package cn.anjian.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/** The completeness check of the authorization matrix can fail: a new handler, a stale row, a changed permission. */
class HandlerCatalogTests {

    static class Controller {
        @PreAuthorize("hasAuthority('case:read')")
        public String detail() {
            return "x";
        }
    }

    private static HandlerCatalog.Route route(String method, String path) throws Exception {
        HandlerMethod h = new HandlerMethod(new Controller(), Controller.class.getMethod("detail"));
        return new HandlerCatalog.Route(method, path, HandlerCatalog.access(h), h);
    }

    @Test
    @DisplayName("IAM-01 (issue 13) a handler added without a row fails the matrix, with the row to add proposed")
    void newHandlerWithoutRow() throws Exception {
        var check = HandlerCatalog.check(List.of(route("GET", "/cases/{id}/new-view")), Map.of());
        assertThat(check.missing()).containsExactly("GET\t/cases/{id}/new-view\thasAuthority('case:read')\t?\t2xx");
    }

    @Test
    @DisplayName("IAM-01 (issue 13) a stale row, a changed permission and an unnamed subject fail the matrix; a matching row passes")
    void staleAndChangedRows() throws Exception {
        var ok = new HandlerCatalog.Row("GET", "/cases/{id}", "hasAuthority('case:read')", "enf_case", "2xx");
        assertThat(HandlerCatalog.check(List.of(route("GET", "/cases/{id}")), Map.of(ok.key(), ok)))
                .isEqualTo(new HandlerCatalog.Check(List.of(), List.of(), List.of()));
        var widened = new HandlerCatalog.Row("GET", "/cases/{id}", "hasAuthority('home:view')", "enf_case", "2xx");
        assertThat(HandlerCatalog.check(List.of(route("GET", "/cases/{id}")), Map.of(widened.key(), widened)).changed())
                .hasSize(1);
        var unnamed = new HandlerCatalog.Row("GET", "/cases/{id}", "hasAuthority('case:read')", "?", "2xx");
        assertThat(HandlerCatalog.check(List.of(route("GET", "/cases/{id}")), Map.of(unnamed.key(), unnamed)).changed())
                .hasSize(1);
        var gone = new HandlerCatalog.Row("GET", "/gone", "hasAuthority('case:read')", "-", "-");
        assertThat(HandlerCatalog.check(List.of(), Map.of(gone.key(), gone)).stale()).containsExactly("GET /gone");
    }
}
