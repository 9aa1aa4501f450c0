package cn.anjian.publicity.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A publication is withdrawn once, from live; a withdrawal saved over a concurrent one is refused. */
@IntegrationTest
class PublicationAggregateTests {

    static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    Publications publications;
    @Autowired
    PublicationRepository repository;
    @Autowired
    JdbcClient jdbc;

    private String publish() {
        String source = "agg-" + System.nanoTime() + "-" + SEQ.incrementAndGet();
        var owner = jdbc.sql("SELECT id, jurisdiction_id, scope_path, name FROM org_agency_view ORDER BY id LIMIT 1")
                .query((rs, n) -> new Publications.NewPublication(rs.getLong(1), rs.getString(4), rs.getLong(2),
                        rs.getString(3), PublicationKind.INSPECTION_PLAN, "测试公示", "测试内容", "test", "plan", source))
                .single();
        publications.publish(owner);
        return source;
    }

    private Publication live(String source) {
        return repository.findLive("test", "plan", source, PublicationKind.INSPECTION_PLAN.name()).get(0);
    }

    private String reason(String source) {
        return jdbc.sql("SELECT withdrawal_reason FROM pub_publication WHERE source_id = :s").param("s", source)
                .query(String.class).single();
    }

    @Test
    @DisplayName("a notice is withdrawn once with its reason; a redelivered withdrawal finds nothing live; a withdrawn notice refuses another")
    void withdrawnOnce() {
        String source = publish();
        Publication before = live(source);
        publications.withdraw("test", "plan", source, PublicationKind.INSPECTION_PLAN, "已被修订后的计划取代");
        assertThat(repository.findLive("test", "plan", source, PublicationKind.INSPECTION_PLAN.name())).isEmpty();
        publications.withdraw("test", "plan", source, PublicationKind.INSPECTION_PLAN, "重复投递");
        assertThat(reason(source)).isEqualTo("已被修订后的计划取代");

        Publication withdrawn = repository.findById(before.id()).orElseThrow();
        assertThat(withdrawn.live()).isFalse();
        assertThatThrownBy(() -> withdrawn.withdraw("再次撤回", Instant.now()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("PUB-WITHDRAWN"));
    }

    @Test
    @DisplayName("of two concurrent withdrawals of one notice the second save is refused (@Version); the first reason stands")
    void staleWithdrawal() {
        String source = publish();
        Publication first = live(source);
        Publication second = live(source);
        first.withdraw("甲撤回", Instant.now());
        repository.save(first);
        second.withdraw("乙撤回", Instant.now());
        assertThatThrownBy(() -> repository.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(reason(source)).isEqualTo("甲撤回");
    }
}
