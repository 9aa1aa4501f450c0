package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's accountability (issue 18 item 4): a decision with an appeal, and a responsibility investigation after the
 * liability accident (art. 37) that two experts drawn from the 泽州县 pool joined (through the pool's own draw, EXP-07),
 * concluded by a decision whose 30-day appeal period is still running. Each through the services an officer uses.
 */
@Component
@RequiredArgsConstructor
class AccountabilityDemoSteps {

    private final Accountability accountability;
    private final InvestigationExperts experts;
    private final AssessmentDemoFigures figures;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    void appeal(Actor officer, long assessmentId, LocalDate issued, LocalDate filed) {
        long decision = accountability.issueDecision(officer, assessmentId, Measure.NOTICE, "年内监管检查次数未达到规定要求的 90%，"
                + "经调查属履职不力", issued, issued.plusDays(1));
        accountability.fileAppeal(officer, assessmentId, decision, filed, "因参加省厅集中培训两周，检查次数不足，请求复核");
    }

    /** True when an investigation of the scope already has experts from the pool (the step is done). */
    boolean investigated(Actor officer) {
        return jdbc.sql("""
                        SELECT count(*) FROM mine_investigation_expert x JOIN mine_investigation i ON i.id = x.investigation_id
                        WHERE i.scope_path LIKE :p AND x.draw_id IS NOT NULL""")
                .param("p", officer.scope().pattern()).query(Long.class).single() > 0;
    }

    /**
     * The commissioner posted at the mine of the demo's accident (the third, as {@code AssessmentDemoData} posts them):
     * the investigation about that mine, two coal-mine experts drawn, then the decision concluding it. All or nothing.
     */
    void investigation(Actor officer, int year, LocalDate opened, LocalDate decided) {
        String p = officer.scope().pattern();
        List<Long> people = figures.commissioners(p);
        List<Long> mines = figures.coalMines(p);
        if (people.size() < 3 || mines.isEmpty()) {
            return;
        }
        long assessment = figures.assessmentOf(people.get(2), year);
        long mine = mines.get(2 % mines.size());
        tx.executeWithoutResult(s -> {
            long investigation = accountability.openInvestigation(officer, assessment, SeriousFailure.MAJOR_HAZARD_UNHANDLED,
                    "运输巷道矿车掉道致 1 人受伤的责任事故发生前，该矿运输系统存在跑车防护装置失效的隐患，倒查驻矿监管员是否及时督促整改",
                    false, mine);
            experts.draw(officer, assessment, investigation, "COAL", 2);
            // opened the day after the accident was investigated (the service dates it today; the demo tells a past year)
            jdbc.sql("UPDATE mine_investigation SET opened_on = :on WHERE id = :i").param("on", opened).param("i", investigation).update();
            accountability.issueDecision(officer, assessment, investigation, Measure.ADMONISHMENT,
                    "经责任倒查（专家组参与），监管员对跑车防护装置失效的隐患未督促企业整改到位，依据第三十六条予以诫勉",
                    decided, decided.plusDays(1));
        });
    }
}
