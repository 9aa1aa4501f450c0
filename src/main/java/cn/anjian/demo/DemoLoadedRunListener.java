package cn.anjian.demo;

import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Opens {@link DemoLoadingGate} when Spring Boot's run is over. Run listeners are called in order, and Spring Boot's
 * own (order 0) publishes the application-ready and accepting-traffic events — whose listeners are the demo loaders,
 * all synchronous — before this one's {@link #ready} is called; no listener ordering among the loaders is needed.
 * Registered in {@code META-INF/spring.factories}.
 */
class DemoLoadedRunListener implements SpringApplicationRunListener, Ordered {

    DemoLoadedRunListener(SpringApplication application, String[] args) {
    }

    @Override
    public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
        context.getBeanProvider(DemoLoadingGate.class).ifAvailable(DemoLoadingGate::open);
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
