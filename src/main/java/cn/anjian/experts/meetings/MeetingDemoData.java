package cn.anjian.experts.meetings;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo (泽州县, EXP-13/EXP-17): the quality registers of the pool's recorded dispatches of this year (so the pool list
 * grades experts), this quarter's coal-mine consultation meeting held with minutes and attendance, a hazardous-chemicals
 * one planned, the annual plenary planned, and last year's evaluations with a commendation — taken by {@code zz_hr}
 * through the same services (gates, deadlines, audit); once only. {@code zz_office} and {@code jc_office} read them.
 */
@Component
@RequiredArgsConstructor
class MeetingDemoData {

    private static final Logger log = LoggerFactory.getLogger(MeetingDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final Meetings meetings;
    private final Evaluations evaluations;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor hr = users.actor("zz_hr").orElse(null);
        if (hr == null || jdbc.sql("SELECT EXISTS (SELECT 1 FROM exp_meeting WHERE agency_id = :a)").param("a", hr.agencyId())
                .query(Boolean.class).single()) {
            return;
        }
        List<Long> coal = experts(hr, "COAL");
        if (coal.size() < 3) {
            return; // the demo pool is not there
        }
        try {
            tx.executeWithoutResult(s -> load(hr, coal));
            log.info("Expert meetings and evaluations demo of {} loaded", hr.agencyName());
        } catch (RuntimeException e) {
            log.warn("Expert meetings demo not loaded: {}", e.getMessage());
        }
    }

    private List<Long> experts(Actor hr, String field) {
        return jdbc.sql("SELECT id FROM exp_expert WHERE agency_id = :a AND field_code = :f AND status = 'ACTIVE' ORDER BY id")
                .param("a", hr.agencyId()).param("f", field).query(Long.class).list();
    }

    private void load(Actor hr, List<Long> coal) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        // annex 6 registers of this year's recorded dispatches: mostly excellent or good, a few only qualified
        jdbc.sql("""
                UPDATE exp_dispatch SET q_attitude = 5, q_expertise = CASE WHEN id % 7 = 3 THEN 3 ELSE 5 END, q_integrity = 5,
                       q_overall = CASE WHEN id % 7 = 3 THEN 'QUALIFIED' WHEN id % 3 = 0 THEN 'GOOD' ELSE 'EXCELLENT' END,
                       q_remarks = '按时到场，意见具体可操作', q_filed_at = now(), q_filed_by = :by
                WHERE agency_id = :a AND source = 'RECORD' AND q_overall IS NULL AND dispatched_on >= :y""")
                .param("a", hr.agencyId()).param("by", hr.username()).param("y", today.withDayOfYear(1)).update();

        long held = meetings.plan(hr, new Meetings.NewMeeting(MeetingKind.QUARTERLY, "COAL", today, "煤矿专家组第" + ((today.getMonthValue() - 1) / 3 + 1)
                + "季度会商研判工作会议", "一、通报本季度煤矿重大事故隐患排查情况；二、研判雨季三防和瓦斯治理风险；三、提出下季度执法检查重点建议"));
        byte[] text = ("会议纪要\n会议研判了本季度煤矿安全形势，建议下季度重点检查瓦斯抽采达标和防治水措施落实情况。").getBytes(StandardCharsets.UTF_8);
        meetings.hold(hr, held, today, "研判了本季度煤矿安全形势，提出下季度执法检查重点建议", new Meetings.Minutes() {
            public String name() { return "煤矿专家组会商纪要.txt"; }
            public String contentType() { return "text/plain"; }
            public long size() { return text.length; }
            public InputStream open() { return new ByteArrayInputStream(text); }
        }, new HashSet<>(coal.subList(0, Math.min(coal.size() - 1, 4))));
        meetings.plan(hr, new Meetings.NewMeeting(MeetingKind.QUARTERLY, "HAZCHEM", today.plusDays(10), "危险化学品专家组会商研判工作会议",
                "研判危险化学品企业重大危险源管控和特殊作业风险"));
        meetings.plan(hr, new Meetings.NewMeeting(MeetingKind.PLENARY, null, today.plusDays(20), today.getYear() + " 年度专家组全体会议",
                "各行业专家组提交年度工作情况报告；表彰年度考核优秀的专家"));

        int last = today.getYear() - 1;
        for (int i = 0; i < Math.min(coal.size(), 6); i++) {
            evaluations.evaluate(hr, coal.get(i), last, i < 2 ? EvaluationGrade.EXCELLENT : EvaluationGrade.QUALIFIED,
                    i < 2 ? "全年参加隐患排查和事故调查技术支撑，服务质量登记表均为优秀" : "按要求完成委派任务，服务质量登记表合格以上");
        }
        evaluations.commend(hr, coal.get(0), last, "在煤矿重大事故隐患排查中发现并推动整改多项重大隐患");
    }
}
