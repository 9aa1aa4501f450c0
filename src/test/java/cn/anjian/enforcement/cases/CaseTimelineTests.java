package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11 item 2 (CASE-12) on the case page: the notice, statement and defence and hearing steps are on the timeline. */
@IntegrationTest
class CaseTimelineTests {

    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired PenaltyProcedures procedures;
    @Autowired MutableClock clock;

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    @DisplayName("CASE-12 the timeline lists the notice with its periods, the statement, its answer, the hearing request, notice, hearing and report, in order")
    void penaltyStepsOnTheTimeline() {
        clock.set(LocalDateTime.of(2026, 10, 20, 10, 0));
        TestActor zz = fx.zz();
        CaseRef c = fx.open(zz, CaseKind.PENALTY, "过程记录测试");
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", "过程甲"), fx.certifiedOfficer("140525", "过程乙")));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, null);
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        List<String> before = service.timeline(c.id()).stream().map(TimelineEntry::what).toList();
        assertThat(before).noneMatch(w -> w.startsWith("行政处罚告知"));

        procedures.notify(zz, c.id(), new PenaltyInputs.Notice("未按规定开展安全培训", "《中华人民共和国安全生产法》第九十七条",
                new BigDecimal("1000"), null, List.of("责令停产停业整顿一个月"), ServiceMethod.DIRECT, "公司负责人",
                LocalDate.of(2026, 9, 28)));
        procedures.state(zz, c.id(), new PenaltyInputs.Statement(false, "整改已完成，请求从轻", LocalDate.of(2026, 9, 29)));
        procedures.answer(zz, c.id(), "申辩理由不予采纳");
        procedures.requestHearing(zz, c.id(), LocalDate.of(2026, 9, 29));
        procedures.noticeHearing(zz, c.id(), new PenaltyInputs.HearingNotice(LocalDate.of(2026, 10, 14), "听证室", "李某",
                ServiceMethod.DIRECT, "公司负责人", LocalDate.of(2026, 9, 29)));
        procedures.recordHearing(zz, c.id(), new PenaltyInputs.HearingRecord(LocalDate.of(2026, 10, 14), "调查人员陈述，当事人申辩"));
        procedures.reportHearing(zz, c.id(), new PenaltyInputs.HearingReport("按期举行", "维持原处罚意见"));

        List<TimelineEntry> timeline = service.timeline(c.id());
        List<String> what = timeline.stream().map(TimelineEntry::what).toList();
        assertThat(what).anyMatch(w -> w.startsWith("行政处罚告知：泽应急罚告〔"));
        assertThat(what).containsSubsequence("当事人陈述申辩", "当事人申请听证");
        assertThat(what).anyMatch(w -> w.startsWith("送达听证通知：泽应急听通〔"));
        assertThat(what).anyMatch(w -> w.startsWith("举行听证：听证笔录 "));
        assertThat(what).anyMatch(w -> w.startsWith("听证报告："));
        assertThat(what).contains("答复陈述申辩");
        TimelineEntry notice = timeline.stream().filter(e -> e.what().startsWith("行政处罚告知")).findFirst().orElseThrow();
        assertThat(notice.note()).contains("陈述申辩期限至 ", "享有听证权利");
        assertThat(timeline.stream().filter(e -> e.what().equals("当事人陈述申辩")).findFirst().orElseThrow().note())
                .isEqualTo("整改已完成，请求从轻");
        int held = what.indexOf(what.stream().filter(w -> w.startsWith("举行听证")).findFirst().orElseThrow());
        int report = what.indexOf(what.stream().filter(w -> w.startsWith("听证报告")).findFirst().orElseThrow());
        assertThat(held).isLessThan(report);
    }
}
