package cn.anjian.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.extras.springsecurity6.dialect.SpringSecurityDialect;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the web kit's handler parameter {@link cn.anjian.kernel.PageRefusal}, and the security dialect of the
 * templates (Boot's own backs off).
 */
@Configuration(proxyBeanMethods = false)
class WebKitConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageRefusals());
    }

    @Bean
    SpringSecurityDialect securityDialect() {
        return new FastSecurityDialect();
    }

    /** {@code anj:cached}: the side menu rendered once per authority set (issue 20). */
    @Bean
    MenuCacheDialect menuCacheDialect() {
        return new MenuCacheDialect();
    }
}
