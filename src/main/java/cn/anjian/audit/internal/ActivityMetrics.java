package cn.anjian.audit.internal;

import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue 20 (observability): business counters at {@code /actuator/prometheus}, derived from the audited acts every
 * module already publishes — cases opened, files uploaded — so no module grows its own metric code. Counted after
 * the commit (a rolled-back act is not counted). A plain listener: a transactional listener of the audit event
 * would record an event publication for every audited act (docs/conventions.md).
 */
@Component
class ActivityMetrics {

    private final Map<String, Counter> byAction;

    ActivityMetrics(MeterRegistry registry) {
        this.byAction = Map.of(
                "enforcement.case.opened", Counter.builder("anjian.cases.opened").description("立案数（本节点启动以来）").register(registry),
                "files.file.stored", Counter.builder("anjian.files.uploaded").description("上传文件数（本节点启动以来）").register(registry));
    }

    @EventListener
    void on(AuditableEvent event) {
        Counter c = byAction.get(event.action());
        if (c == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    c.increment();
                }
            });
        } else {
            c.increment();
        }
    }
}
