package cn.anjian.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the web kit's handler parameter {@link cn.anjian.kernel.PageRefusal}. */
@Configuration(proxyBeanMethods = false)
class WebKitConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageRefusals());
    }
}
