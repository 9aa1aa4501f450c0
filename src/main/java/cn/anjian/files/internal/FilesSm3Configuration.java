package cn.anjian.files.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The small bounded executor of {@link DeferredSm3}; owned by files, not the application's default executor. */
@Configuration(proxyBeanMethods = false)
class FilesSm3Configuration {

    @Bean(name = "filesSm3Executor", defaultCandidate = false)
    ThreadPoolTaskExecutor filesSm3Executor(@Value("${anjian.files.sm3-threads:1}") int threads,
                                            @Value("${anjian.files.sm3-queue:1000}") int queue) {
        ThreadPoolTaskExecutor e = new ThreadPoolTaskExecutor();
        e.setCorePoolSize(threads);
        e.setMaxPoolSize(threads);
        e.setQueueCapacity(queue); // when full, submit() drops the task and the sweep fills the row later
        e.setThreadNamePrefix("files-sm3-");
        e.setWaitForTasksToCompleteOnShutdown(false);
        e.initialize();
        return e;
    }
}
