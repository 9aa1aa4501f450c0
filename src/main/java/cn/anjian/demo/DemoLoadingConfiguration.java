package cn.anjian.demo;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** The gate runs before every other filter: no session, security or page work while the demo data loads. */
@Configuration(proxyBeanMethods = false)
class DemoLoadingConfiguration {

    @Bean
    DemoLoadingGate demoLoadingGate(Environment environment) {
        return new DemoLoadingGate(environment);
    }

    @Bean
    FilterRegistrationBean<DemoLoadingGate> demoLoadingGateRegistration(DemoLoadingGate gate) {
        FilterRegistrationBean<DemoLoadingGate> r = new FilterRegistrationBean<>(gate);
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        r.addUrlPatterns("/*");
        return r;
    }
}
