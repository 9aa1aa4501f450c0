package cn.anjian.kernel;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application (Asia/Shanghai). Tests replace it to move time instead of sleeping. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(Zones.SHANGHAI);
    }
}
