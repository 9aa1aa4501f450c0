package cn.anjian.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * webjars-locator-lite switches Boot's resource chain on, and with it the ResourceUrlEncodingFilter,
 * which sends every {@code @{...}} link of every page through the classpath resource resolvers. Our
 * links carry no content hashes, and version-less {@code /webjars/...} paths are still resolved when
 * requested, so the filter only costs time: a /cases page took 738 ms with it and 247 ms without at
 * the same load (bench/RESULTS.md). Registering it disabled keeps Boot from adding its own.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
