package cn.anjian.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public portal's servlet filters (issue 14): the abuse guard runs first of all (a refused request costs no
 * session and no security work); every {@code /public/**} answer carries an ETag, so a page a handler marked
 * cacheable ({@code kernel.PublicCaching}) is revalidated with a 304.
 */
@Configuration(proxyBeanMethods = false)
class PublicPortalFilters {

    @Bean
    FilterRegistrationBean<PublicAbuseGuard> publicAbuseGuard() {
        FilterRegistrationBean<PublicAbuseGuard> r = new FilterRegistrationBean<>(new PublicAbuseGuard());
        r.addUrlPatterns("/public", "/public/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return r;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> r = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        r.addUrlPatterns("/public", "/public/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return r;
    }
}
