package cn.anjian.identity.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session's JDBC repository, made and customised by Spring Boot as before, is handed out wrapped in
 * {@link QuietSessions}: to Spring Session's filter and to whoever looks sessions up by principal (sign-out everywhere,
 * the device list). A wrapper rather than a second repository bean: Boot makes its JDBC repository only while no other
 * {@code SessionRepository} bean exists.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    static BeanPostProcessor quietSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new QuietSessions(jdbc) : bean;
            }
        };
    }
}
