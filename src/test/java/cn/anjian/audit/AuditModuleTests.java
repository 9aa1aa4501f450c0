package cn.anjian.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import cn.anjian.LeafModuleTest;
import cn.anjian.kernel.AuditableEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** audit is a leaf: it records any module's AuditableEvent and chains it with no other module present. */
@LeafModuleTest
class AuditModuleTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;

    @Test
    @DisplayName("AUD-01 an event published in a transaction is recorded, chained and verifies, with audit alone")
    void recordsPublishedEvents() {
        String subject = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> publisher.publishEvent(new AuditableEvent("module.test", "probe", subject,
                null, Map.of("n", 1), "module-tester", "127.0.0.1")));

        AuditPage page = trail.search(new cn.anjian.kernel.Scope("/1/"), new AuditFilter(null, null, "probe", subject, null, null, null, 10));
        assertThat(page.entries()).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("module.test"));
        trail.chainPending();
        assertThat(trail.verify().ok()).isTrue();
    }
}
