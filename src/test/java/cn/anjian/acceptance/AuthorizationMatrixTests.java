package cn.anjian.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 13, the permanent authorization suite (IAM-01 deny by default, ORG-03 jurisdiction scope): every handler of
 * the application × every demo role. A role without the handler's permission gets 403; a role with it, acting in
 * another county (神池县, {@code sc_*}) on a record of 泽州县, gets 404/403 on reads and a 4xx on writes, while the same
 * read with an own-county user answers (so the foreign 404 is the scope's, not a wrong URL's); no refused request
 * leaves an audit entry. The expected access per handler is the table {@code security/authorization-matrix.tsv}: a
 * handler without a row, a stale row or a changed permission fails the suite.
 */
@IntegrationTest
class AuthorizationMatrixTests {

    static final String OWN = "zz";
    static final String FOREIGN = "sc";
    static final String OWN_SCOPE = "/1/43/48/%";   // 泽州县 (demo data); checked in scopes()

    static final Map<String, AtomicInteger> FIGURES = new ConcurrentHashMap<>();
    static final SpelExpressionParser PARSER = new SpelExpressionParser();
    static final Map<String, org.springframework.expression.Expression> EXPRESSIONS = new ConcurrentHashMap<>();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActingUsers users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    @DisplayName("IAM-01 every handler has exactly one row in the authorization matrix, with the permission it declares")
    void tableIsComplete() throws Exception {
        HandlerCatalog.Check check = HandlerCatalog.check(HandlerCatalog.routes(mappings), HandlerCatalog.table());
        if (!check.missing().isEmpty()) {
            Path proposed = Path.of("target", "authorization-matrix.missing.tsv");
            Files.createDirectories(proposed.getParent());
            Files.writeString(proposed, String.join("\n", check.missing()) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(check.missing()).as("handlers without a row in %s (proposed rows in target/authorization-matrix.missing.tsv)",
                HandlerCatalog.TABLE).isEmpty();
        assertThat(check.stale()).as("rows of %s without a handler", HandlerCatalog.TABLE).isEmpty();
        assertThat(check.changed()).as("rows whose access differs from the handler's declaration").isEmpty();
    }

    @Test
    @DisplayName("issue 13 finding 7: the second page of the officers' shortfall list answers on the page too (not only the API)")
    void shortfallsSecondPage() throws Exception {
        Principal hr = principal(OWN + "_hr");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/personnel/officers/shortfalls?page=1").with(hr.auth()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sysadmin", "secadmin", "auditadmin", "officer", "legal", "unithead", "deputy", "director",
            "hr", "office", "inspector", "supervisor", "expert", "commissioner"})
    @DisplayName("IAM-01/ORG-03 per role: 403 without the permission, 404/4xx on another county's record, no audit entry for a refusal")
    void matrix(String role) throws Exception {
        Map<String, HandlerCatalog.Row> table = HandlerCatalog.table();
        Principal own = principal(OWN + "_" + role);
        Principal foreign = principal(FOREIGN + "_" + role);
        List<String> failures = new ArrayList<>();
        Map<String, Long> subjects = new HashMap<>();
        List<Runnable> ownReads = new ArrayList<>();
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        for (HandlerCatalog.Route r : HandlerCatalog.routes(mappings)) {
            HandlerCatalog.Row row = table.get(r.key());
            if (row == null) {
                continue; // tableIsComplete() reports it
            }
            if (!own.may(r.access())) {
                int status = perform(r, "1", own);
                count("without the permission", status);
                if (status != 403) {
                    failures.add("without permission " + r.key() + " → " + status + " (403 expected)");
                }
                continue;
            }
            if (row.subject().equals("-") || r.variables().isEmpty()) {
                continue;
            }
            Long id = subjects.computeIfAbsent(row.subject(), s -> Optional.ofNullable(ownCountyId(s)).orElse(-1L));
            if (id < 0) {
                count("skipped: no 泽州县 record in the demo data", 0);
                continue;
            }
            if (!r.write()) {
                ownReads.add(() -> ownRead(r, row, id, own, role, failures));
                if (row.ownStatus().equals("shared")) {
                    continue;
                }
            }
            int status = perform(r, id.toString(), foreign);
            count(r.write() ? "another county's record, write" : "another county's record, read", status);
            boolean refused = r.write() ? status >= 400 && status < 500 : status == 404 || status == 403;
            if (!refused) {
                failures.add("other county " + r.key() + " id " + id + " → " + status);
            }
        }
        // every request so far was refused: neither user may have left an audit entry
        List<String> audited = jdbc.sql("select actor || ' ' || action from audit_entry where id > :m and actor in (:u)")
                .param("m", mark).param("u", List.of(own.actor().username(), foreign.actor().username()))
                .query(String.class).list();
        assertThat(audited).as("audit entries after refused requests of role " + role).isEmpty();
        ownReads.forEach(Runnable::run);
        assertThat(failures).as("role " + role).isEmpty();
    }

    @Test
    @DisplayName("IAM-07 every page write without the CSRF token is refused with 403 by a user who holds its permission, nothing audited")
    void csrfOnEveryPageWrite() throws Exception {
        List<String> roles = List.of("sysadmin", "secadmin", "auditadmin", "unithead", "officer", "legal", "director", "hr",
                "office", "deputy", "supervisor", "inspector", "expert", "commissioner");
        List<Principal> principals = new ArrayList<>();
        for (String role : roles) {
            principals.add(principal(OWN + "_" + role));
        }
        List<String> failures = new ArrayList<>();
        long mark = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
        int probe = 0;
        for (HandlerCatalog.Route r : HandlerCatalog.routes(mappings)) {
            if (!r.write() || r.api()) {
                continue;
            }
            Principal as = principals.stream().filter(p -> p.may(r.access())).findFirst().orElse(null);
            if (as == null) {
                continue;
            }
            String uri = expand(r.path(), "1");
            AbstractMockHttpServletRequestBuilder<?> req = multipart(r)
                    ? MockMvcRequestBuilders.multipart(HttpMethod.valueOf(r.method()), uri).file("file", new byte[] {1})
                    : request(HttpMethod.valueOf(r.method()), uri);
            // a fresh client address per route: the public forms' per-address limit (429) must not answer before CSRF
            String address = "10.77." + (++probe / 250) + "." + (probe % 250 + 1);
            int status = mvc.perform(req.with(as.auth()).with(x -> {
                x.setRemoteAddr(address);
                return x;
            })).andReturn().getResponse().getStatus();
            count("CSRF: page write without the token", status);
            if (status != 403) {
                failures.add(r.key() + " → " + status);
            }
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where id > :m and actor like :p").param("m", mark)
                .param("p", OWN + "\\_%").query(Long.class).single()).as("audit entries after refused writes").isZero();
        assertThat(failures).isEmpty();
    }

    /** The same read by an own-county user answers (so the other county's 404 is the scope's, not a wrong URL's). */
    private void ownRead(HandlerCatalog.Route r, HandlerCatalog.Row row, long id, Principal own, String role, List<String> failures) {
        int status;
        try {
            status = perform(r, Long.toString(id), own);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        count("own county's record, read", status);
        String spec = row.ownStatus();
        boolean ok;
        if (spec.equals("4xx")) {
            ok = status >= 400 && status < 500;
        } else if (spec.startsWith("2xx|404:") && List.of(spec.substring(8).split(",")).contains(role)) {
            ok = status == 404;
        } else {
            ok = status >= 200 && status < 400;
        }
        if (!ok) {
            failures.add("own county " + r.key() + " id " + id + " → " + status + " (" + spec + " expected)");
        }
    }

    /** The first record of 泽州县 in the subject table (null: the demo data has none there). */
    private Long ownCountyId(String subject) {
        return ownCountyId(jdbc, subject);
    }

    static Long ownCountyId(JdbcClient jdbc, String subject) {
        if (subject.startsWith("select ")) {
            return jdbc.sql("select min(x.id) from (" + subject + ") x").param("p", OWN_SCOPE).query(Long.class)
                    .optional().orElse(null);
        }
        String[] parts = subject.split(":", 2);   // table or table:column-holding-the-scope
        String column = parts.length == 2 ? parts[1] : "scope_path";
        return jdbc.sql("select min(id) from " + parts[0] + " where " + column + " like :p").param("p", OWN_SCOPE)
                .query(Long.class).optional().orElse(null);
    }

    /** A demo user with their real permissions; refusals are counted against their own audit entries. */
    record Principal(Actor actor, Set<String> permissions) {
        boolean may(String expression) {
            return allows(permissions, expression);
        }

        RequestPostProcessor auth() {
            List<SimpleGrantedAuthority> authorities = permissions.stream().map(SimpleGrantedAuthority::new).toList();
            return authentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
        }
    }

    /** Whether these permissions satisfy a {@code @PreAuthorize} expression. */
    static boolean allows(Set<String> permissions, String expression) {
        StandardEvaluationContext ctx = new StandardEvaluationContext(new Root(permissions));
        return Boolean.TRUE.equals(EXPRESSIONS.computeIfAbsent(expression, PARSER::parseExpression).getValue(ctx, Boolean.class));
    }

    /** The root of a {@code @PreAuthorize} expression as this application writes them. */
    public record Root(Set<String> permissions) {
        public boolean hasAuthority(String p) {
            return permissions.contains(p);
        }

        public boolean hasAnyAuthority(String... ps) {
            return Arrays.stream(ps).anyMatch(permissions::contains);
        }

        public boolean permitAll() {
            return true;
        }

        public boolean isAuthenticated() {
            return true;
        }
    }

    private Principal principal(String username) {
        Actor actor = users.actor(username).orElseThrow(() -> new IllegalStateException("demo user " + username + " missing"));
        List<String> perms = jdbc.sql("""
                        select distinct rp.permission_code from iam_user_role ur
                        join iam_role_permission rp on rp.role_code = ur.role_code where ur.user_id = :u""")
                .param("u", actor.userId()).query(String.class).list();
        return new Principal(actor, Set.copyOf(perms));
    }

    /** Performs the route with its first path variable set to {@code id}, as a form, JSON or multipart request as it takes. */
    int perform(HandlerCatalog.Route r, String id, Principal as) throws Exception {
        String uri = expand(r.path(), id);
        AbstractMockHttpServletRequestBuilder<?> req = multipart(r)
                ? MockMvcRequestBuilders.multipart(HttpMethod.valueOf(r.method()), uri).file("file", new byte[] {1})
                : request(HttpMethod.valueOf(r.method()), uri);
        if (r.write() && hasBody(r)) {
            req.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return mvc.perform(req.with(as.auth()).with(csrf())).andReturn().getResponse().getStatus();
    }

    static boolean multipart(HandlerCatalog.Route r) {
        for (MethodParameter p : r.handler().getMethodParameters()) {
            if (p.getParameterType() == MultipartFile.class || p.hasParameterAnnotation(RequestPart.class)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasBody(HandlerCatalog.Route r) {
        for (MethodParameter p : r.handler().getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    /** The subject variable (the first) gets {@code id}; others a value of their usual shape. */
    static String expand(String path, String id) {
        Matcher m = HandlerCatalog.VAR.matcher(path);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        while (m.find()) {
            String name = m.group(1);
            String value = first ? id : switch (name) {
                case "year" -> "2026";
                case "date" -> "2026-01-01";
                default -> "1";
            };
            first = false;
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static void count(String category, int status) {
        FIGURES.computeIfAbsent(category + ": sent", k -> new AtomicInteger()).incrementAndGet();
        if (status > 0) {
            FIGURES.computeIfAbsent(category + ": " + (status / 100) + "xx", k -> new AtomicInteger()).incrementAndGet();
        }
    }

    @AfterAll
    static void summary() {
        System.out.println("AUTHORIZATION-MATRIX SUMMARY " + new java.util.TreeMap<>(FIGURES));
    }
}
