package cn.anjian;

import java.util.concurrent.Executor;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Picked up by component scanning in every Spring test: {@code @Async} work (the
 * {@code @ApplicationModuleListener}s) runs in the committing thread, right after the commit and in
 * its own transaction as in the product, so a test sees its outcome without waiting. Only
 * {@code @Async} methods are affected; MVC keeps Boot's task executor.
 */
@Configuration(proxyBeanMethods = false)
class TestAsyncConfiguration implements AsyncConfigurer {

    @Override
    public Executor getAsyncExecutor() {
        return new SyncTaskExecutor();
    }
}
