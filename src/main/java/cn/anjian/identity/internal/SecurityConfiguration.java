package cn.anjian.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import cn.anjian.kernel.PublicPages;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The application's one security configuration (IAM-01, IAM-04, IAM-07).
 * <ul>
 * <li>{@code /api/**}: bearer tokens (stateless, no CSRF for bearer requests) or the browser session
 * (with CSRF); 401/403 as problem+json.</li>
 * <li>everything else: form login at {@code /login}, sessions in PostgreSQL (Spring Session JDBC; the idle
 * timeout is the setting {@code identity.idle-timeout}, applied to every session by {@link IdleTimeout}), CSRF on.</li>
 * </ul>
 * Deny by default: only the login page, static assets, error page, health, the token endpoint and the
 * future public portal ({@code /public/**}) are open. Swagger UI and {@code /v3/api-docs} need a login:
 * the API description is not public information. Each controller method must also declare its
 * permission ({@link PermissionDeclaredInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration implements WebMvcConfigurer {

    // 'self' only; data: images for Tabler's inline SVG icons in CSS (no script can run from an image). The two
    // style hashes allow exactly the <style> element htmx 2.0.10 injects for its request indicators and the one
    // Swagger UI injects (measured in headless Chromium); no 'unsafe-inline'. They change with those versions.
    static final String HX_REQUEST = "HX-Request";
    static final String HTMX_INDICATOR_STYLE = "'sha256-faU7yAF8NxuMTNEwVmBz+VcYeIoBQ2EMHW3WaVxCvnk='";
    static final String SWAGGER_UI_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' " + HTMX_INDICATOR_STYLE + " "
            + SWAGGER_UI_STYLE + "; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with {id} prefixes so the algorithm can be upgraded later (upgradeEncoding on login)
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Session attributes are written with an upsert: two concurrent requests of one session (the home
     * page's htmx panels, a double click) otherwise both insert the same new attribute and one fails
     * with a duplicate key (HTTP 500) — spring-session's known race, seen in the case-list bench.
     */
    @Bean
    org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpsert() {
        return new org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Issue 20 item 7: no Micrometer observation around each security filter, authentication and authorization (JFR of the
     * list APIs under load: the decorator's observations were ≈ 15 % of a request thread's own samples, more than the
     * JDBC driver's). Every request is still timed as {@code http.server.requests} (Spring MVC's observation filter).
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    LoginAuthenticationProvider loginAuthenticationProvider(LoginService logins) {
        return new LoginAuthenticationProvider(logins);
    }

    /**
     * Issue 20: the metrics for Prometheus need {@code ops:monitor} — a signed-in administrator's session or a bearer
     * token of such an account, or a named monitoring token ({@link MonitoringTokenFilter}: this chain only, the
     * Prometheus server's long-lived credential). Anonymous: 401.
     */
    @Bean
    @Order(0)
    SecurityFilterChain monitoringSecurity(HttpSecurity http, ApiTokenService tokens, IdleTimeout idle,
                                           MonitoringTokenService monitoringTokens) throws Exception {
        http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority("ops:monitor"))
                .csrf(c -> c.disable()) // read-only GET
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .addFilterBefore(new MonitoringTokenFilter(monitoringTokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(idle.filter(), SecurityContextHolderFilter.class)
                .addFilterAfter(new SecondFactorFilter(), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> Problems.write(res, HttpStatus.UNAUTHORIZED,
                                "IAM-UNAUTHENTICATED", "请先登录，或在 Authorization 头中提供有效的访问令牌"))
                        .accessDeniedHandler(apiDenied()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * Issue 14: the anonymous GETs of the portal's pages that are the same for everyone ({@code kernel.PublicPages}) and
     * the static resources need no user: no session is read or created, no CSRF token (GET/HEAD change nothing), no
     * security context from the session store, no saved request — the headers (CSP, frame, referrer, HSTS) and the
     * hostile-input refusal as on every page. A portal page with a session cookie or credentials (a signed-in user, a
     * citizen with a captcha in progress) and every form (POST, with its CSRF token) go through {@link #webSecurity}.
     */
    @Bean
    @Order(-2)
    SecurityFilterChain publicGetSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(SecurityConfiguration::anonymousPublicGet)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .addFilterAfter(new HostileInputFilter(), HeaderWriterFilter.class)
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static final String[] STATIC = {"/css/", "/js/", "/webjars/"};

    static boolean anonymousPublicGet(HttpServletRequest r) {
        if (!"GET".equals(r.getMethod()) && !"HEAD".equals(r.getMethod())) {
            return false;
        }
        String path = r.getRequestURI().substring(r.getContextPath().length());
        for (String prefix : STATIC) {
            if (path.startsWith(prefix)) {
                return true; // the same files for everyone, signed in or not
            }
        }
        return path.equals("/favicon.ico") || path.equals("/favicon.svg")
                || PublicPages.sameForEveryone(path) && r.getHeader("Authorization") == null && !PublicPages.hasSession(r);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens, IdleTimeout idle)
            throws Exception {
        var tokenEndpoint = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/auth/token");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(tokenEndpoint).permitAll().anyRequest().authenticated())
                // CSRF protects cookie (session) authentication only: a request carrying a bearer token or no
                // session cookie at all has no ambient credentials a forged request could ride on
                .csrf(c -> c.ignoringRequestMatchers(tokenEndpoint,
                        (HttpServletRequest r) -> BearerTokenFilter.bearer(r).isPresent() || r.getRequestedSessionId() == null))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(idle.filter(), SecurityContextHolderFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorFilter(), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> Problems.write(res, HttpStatus.UNAUTHORIZED,
                                "IAM-UNAUTHENTICATED", "请先登录，或在 Authorization 头中提供有效的访问令牌"))
                        .accessDeniedHandler(apiDenied()))
                .addFilterAfter(new HostileInputFilter(), HeaderWriterFilter.class)
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, IdleTimeout idle, SignInCompletion signIn) throws Exception {
        HttpSessionRequestCache requestCache = pageRequestCache();
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/favicon.ico", "/favicon.svg", "/webjars/**", "/css/**", "/js/**",
                                "/actuator/health", "/actuator/health/**", "/public/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").failureHandler(keepingUsername())
                        .successHandler(signIn.handler()).permitAll())
                .requestCache(c -> c.requestCache(requestCache))
                .exceptionHandling(e -> e.authenticationEntryPoint(webEntryPoint()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(Customizer.withDefaults())
                .addFilterAfter(new PasswordChangeRequiredFilter(), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorFilter(), AnonymousAuthenticationFilter.class)
                .addFilterAfter(idle.filter(), SecurityContextHolderFilter.class)
                .addFilterAfter(new HostileInputFilter(), HeaderWriterFilter.class)
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** Session attribute with the user name of the last failed login: the login page shows it again (issue 12 defect 10). */
    static final String LAST_USERNAME = "anjian.login.lastUsername";

    private static AuthenticationFailureHandler keepingUsername() {
        SimpleUrlAuthenticationFailureHandler toLoginPage = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (req, res, ex) -> {
            String name = req.getParameter("username");
            if (name != null) {
                name = name.strip();
                req.getSession().setAttribute(LAST_USERNAME, name.length() > 64 ? name.substring(0, 64) : name);
            }
            toLoginPage.onAuthenticationFailure(req, res, ex);
        };
    }

    /** After login, return only to a full page the user asked for, never to an htmx fragment. */
    static HttpSessionRequestCache pageRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(r -> "GET".equals(r.getMethod()) && r.getHeader(HX_REQUEST) == null);
        return cache;
    }

    /** An htmx request whose session expired (IAM-04) makes the whole page go to the login page, not the fragment. */
    private static AuthenticationEntryPoint webEntryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (req, res, ex) -> {
            if (req.getHeader(HX_REQUEST) != null) {
                res.setHeader("HX-Redirect", req.getContextPath() + "/login");
                res.setStatus(HttpStatus.UNAUTHORIZED.value());
            } else {
                login.commence(req, res, ex);
            }
        };
    }

    private static void headers(HeadersConfigurer<HttpSecurity> h) {
        // eagerly: a refusal by sendError (HostileInputFilter, the firewall) and an exception in a later filter are
        // answered by the container's error dispatch, which the header writer does not see again
        h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    private static AccessDeniedHandler apiDenied() {
        return (req, res, ex) -> {
            if (ex instanceof CsrfException) {
                Problems.write(res, HttpStatus.FORBIDDEN, "CSRF", "请求缺少有效的 CSRF 令牌，请刷新页面后重试");
            } else {
                Problems.write(res, HttpStatus.FORBIDDEN, "FORBIDDEN", "您没有执行此操作的权限");
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PermissionDeclaredInterceptor());
    }
}
