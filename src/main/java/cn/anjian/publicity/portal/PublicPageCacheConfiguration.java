package cn.anjian.publicity.portal;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link PublicPageCache} after web's abuse guard (+20) and before web's ETag filter (+30), Spring Session's
 * repository filter (+50) and Spring Security: a cached answer creates no session and costs no security work.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCacheConfiguration {

    @Bean
    PublicPageCache publicPageCache(PortalRevision revision, Clock clock,
            @Value("${anjian.portal.render-permits:4}") int renderPermits,
            @Value("${anjian.portal.search-permits:-1}") int searchPermits) {
        // a few renderings at once on the 2-core node (bench/portal-miss.md, 2026-12-07 10:10); 0 leaves them unbounded;
        // searches: -1 share that gate, 0 not gated, n a gate of their own
        return new PublicPageCache(revision, clock, renderPermits, searchPermits);
    }

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache,
            @Value("${anjian.portal.page-cache:true}") boolean enabled) {
        FilterRegistrationBean<PublicPageCache> r = new FilterRegistrationBean<>(cache);
        r.setEnabled(enabled); // off only to measure the uncached path (bench/portal.sh)
        r.addUrlPatterns("/public", "/public/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
        return r;
    }
}
