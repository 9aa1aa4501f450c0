package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
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
 * Demo (泽州县): budgets for every unit of the bureau this year, and dispatches in every state — one waiting for
 * {@code zz_expert} to accept, one he declined, one he completed (report, quality register, reimbursed), one waiting
 * for the deputy director, one refused, an out-of-pool expert under way — plus an approved outside unit's application.
 * Every step is taken by the demo user who would take it (the same gates, flows and audit); once only.
 */
/** The demo's steps, each as the user who takes it ({@link DispatchDemoData}). */
@Component
@RequiredArgsConstructor
class DispatchDemoSteps {

    private final DispatchRequests requests;
    private final ExpertAnswers answers;
    private final DispatchClosing closing;
    private final Budgets budgets;
    private final Workflows workflows;
    private final JdbcClient jdbc;
    private final Clock clock;

    void load(java.util.Map<String, Actor> who) {
        Actor officer = who.get("zz_officer");
        Actor expert = who.get("zz_expert");
        Actor office = who.get("zz_office");
        Actor deputy = who.get("zz_deputy");
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        for (var unit : budgets.units(office)) {
            budgets.set(office, unit.getKey(), today.getYear(), new BigDecimal(unit.getKey().equals(officer.unitId()) ? "50000.00" : "20000.00"));
        }
        Long mine = jdbc.sql("SELECT id FROM exp_expert WHERE user_id = :u AND status = 'ACTIVE'").param("u", expert.userId())
                .query(Long.class).optional().orElse(null);
        List<Long> others = jdbc.sql("""
                SELECT id FROM exp_expert WHERE agency_id = :a AND status = 'ACTIVE' AND (user_id IS NULL OR user_id <> :u)
                ORDER BY id LIMIT 3""").param("a", officer.agencyId()).param("u", expert.userId()).query(Long.class).list();
        if (mine == null || others.size() < 3) {
            return;
        }
        long done = request(officer, mine, "煤矿通风系统隐患排查技术支撑", today.minusDays(40), "1200.00");
        approve(deputy, done);
        answers.accept(expert, done);
        answers.report(expert, done, text("任务执行情况报告.txt", "通风系统隐患排查已完成，发现隐患 3 项，已提出整改建议。"),
                "排查通风系统，发现隐患 3 项并提出整改建议");
        closing.register(officer, done, "95", "92", "100", "EXCELLENT", "按时到场，意见具体可行");
        closing.requestReimbursement(officer, done);
        for (String u : List.of("zz_hr", "zz_unithead", "zz_deputy", "zz_office")) {
            workflows.decide(new FlowId(flowOf(done, "reimburse_flow_id")), who.get(u), Decision.APPROVE, "同意");
        }
        long declined = request(officer, mine, "危化品储存场所安全评估", today.minusDays(15), null);
        approve(deputy, declined);
        answers.decline(expert, declined, "同期在外地参加评审，无法到场");
        approve(deputy, request(officer, mine, "非煤矿山边坡稳定性现场核查", today.plusDays(7), "800.00"));
        request(officer, others.get(0), "应急预案评审（待审签）", today.plusDays(10), "600.00");
        long refused = request(officer, others.get(1), "安全生产标准化评审", today.plusDays(12), null);
        workflows.decide(new FlowId(flowOf(refused, "flow_id")), deputy, Decision.REJECT, "任务已合并到下月专项检查，暂不派遣");
        approve(deputy, requests.request(officer, new NewDispatch("OUT_OF_POOL", null, null, "邢国栋", "正高级工程师", "FULL_SENIOR",
                "太原理工大学安全与应急管理工程学院", null, "尾矿库溃坝风险专题论证", "对全县尾矿库溃坝风险进行专题论证（演示）",
                "泽州县应急管理局会议室", today.minusDays(2).toString(), today.plusDays(3).toString(), null, false, null)));
    }

    private long request(Actor officer, long expertId, String task, LocalDate start, String fee) {
        return requests.request(officer, new NewDispatch("MANUAL", null, expertId, null, null, null, null, null, task,
                task + "（演示）", "泽州县", start.toString(), start.plusDays(1).toString(), null, fee != null, fee));
    }

    private void approve(Actor deputy, long id) {
        workflows.decide(new FlowId(flowOf(id, "flow_id")), deputy, Decision.APPROVE, "同意派出");
    }

    private long flowOf(long id, String column) {
        return jdbc.sql("SELECT " + column + " FROM exp_dispatch WHERE id = :id").param("id", id).query(Long.class).single();
    }

    static ExpertAnswers.Upload text(String name, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new ExpertAnswers.Upload() {
            public String name() {
                return name;
            }

            public long size() {
                return bytes.length;
            }

            public String contentType() {
                return "text/plain";
            }

            public InputStream open() throws IOException {
                return new ByteArrayInputStream(bytes);
            }
        };
    }
}
