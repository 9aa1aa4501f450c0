package cn.anjian.enforcement.cases;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageChanged;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.NewConflict;
import cn.anjian.enterprises.Relation;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class CaseCoreTests {

    @Autowired CaseFixtures fx;
    @Autowired Cases cases;
    @Autowired CaseService service;
    @Autowired CaseDocuments documents;
    @Autowired Conflicts conflicts;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired cn.anjian.recording.RecordingTestSupport recording;

    TestActor zz;
    TestActor sc;

    @BeforeEach
    void setUp() {
        zz = fx.zz();
        sc = fx.sc();
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    @Test
    @DisplayName("CASE-01 CASE-04 a case of each kind opens with a case number, its source and basis document; scoped reads")
    void open() {
        long e = fx.enterprise(zz, "泽州县立案测试煤业有限公司");
        for (CaseKind kind : CaseKind.values()) {
            CaseRef c = cases.open(zz, fx.newCase(kind, e, "立案测试-" + kind.label()));
            assertThat(c.kind()).isEqualTo(kind);
            assertThat(c.stage()).isEqualTo(CaseStage.INITIATION);
            assertThat(c.caseNumber()).startsWith("泽应急案〔" + LocalDate.now().getYear() + "〕").endsWith("号");
            assertThat(c.scopePath()).isEqualTo(zz.scope().path());
            assertThat(c.partyName()).isEqualTo("泽州县立案测试煤业有限公司");
        }
        CaseRef c = cases.open(zz, fx.newCase(CaseKind.INSPECTION, e, "立案测试-来源"));
        CaseView v = service.get(zz, c.id());
        assertThat(v.source()).isEqualTo(CaseSource.SPECIAL_CAMPAIGN);
        assertThat(v.basisNumber()).isEqualTo("泽应急〔2026〕8号");
        assertThat(v.dueAt()).isAfter(v.openedAt());
        assertThat(service.timeline(c.id())).first().satisfies(t -> assertThat(t.what()).isEqualTo("立案"));
        // scope: another county gets 404, the unscoped find works
        assertThatThrownBy(() -> cases.ref(c.id(), sc)).satisfies(t -> assertThat(((BusinessException) t).kind())
                .isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThat(cases.find(c.id())).isPresent();
        assertThat(cases.findByTitle("立案测试-来源")).map(CaseRef::id).contains(c.id());
        // a citizen party
        CaseRef citizen = cases.open(zz, new NewCase(CaseKind.PENALTY, CaseSource.COMPLAINT, "群众举报信", "泽应急信〔2026〕3号",
                LocalDate.now().minusDays(1), null, "张三", "张三非法储存烟花爆竹案", "泽州县南村镇", null)
                .withViolation(new cn.anjian.enforcement.ViolationFacts(LocalDate.now().minusDays(3), false, false, null)));
        assertThat(service.get(zz, citizen.id()).partyKind()).isEqualTo("CITIZEN");
        // from a plan item: the origin is stored
        CaseRef planned = cases.openFrom(zz, new NewCase(CaseKind.INSPECTION, CaseSource.ANNUAL_PLAN, "泽州县2026年度监督检查计划",
                "泽应急〔2026〕1号", LocalDate.now().minusDays(30), e, null, "年度计划检查", null, null), new CaseOrigin("PLAN_ITEM", 77));
        assertThat(service.get(zz, planned.id()).originType()).isEqualTo("PLAN_ITEM");
        assertThat(service.get(zz, planned.id()).place()).isEqualTo("泽州县测试镇");
        // a planner (plan:manage, no case:manage) may open from a draw, not directly
        TestActor planner = fx.actor("140525", "case_planner", "plan:manage", "case:read", "enterprise:read");
        assertThat(cases.openFrom(planner, fx.newCase(CaseKind.INSPECTION, e, "双随机立案"), new CaseOrigin("DRAW_RESULT", 5)).stage())
                .isEqualTo(CaseStage.INITIATION);
        assertThatThrownBy(() -> cases.open(planner, fx.newCase(CaseKind.INSPECTION, e, "计划人员直接立案")))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
    }

    @Test
    @DisplayName("CASE-04 a source without its basis document is refused and nothing is stored")
    void basisRequired() {
        long e = fx.enterprise(zz, "泽州县依据测试公司");
        long before = count("enf_case");
        long numbers = count("doc_number");
        for (NewCase bad : List.of(
                new NewCase(CaseKind.INSPECTION, CaseSource.COMPLAINT, null, "号", LocalDate.now(), e, null, "无依据", "某地", null),
                new NewCase(CaseKind.INSPECTION, CaseSource.COMPLAINT, "举报信", " ", LocalDate.now(), e, null, "无文号", "某地", null),
                new NewCase(CaseKind.INSPECTION, CaseSource.ASSIGNMENT, "交办函", "号", null, e, null, "无日期", "某地", null))) {
            assertThatThrownBy(() -> cases.open(zz, bad)).satisfies(t -> assertThat(code(t)).isEqualTo("CASE-BASIS"))
                    .hasMessageContaining("依据文件");
        }
        assertThatThrownBy(() -> cases.open(zz, new NewCase(CaseKind.INSPECTION, CaseSource.COMPLAINT, "信", "1",
                LocalDate.now().plusDays(3), e, null, "将来", "某地", null))).hasMessageContaining("不晚于今天");
        assertThatThrownBy(() -> cases.open(zz, new NewCase(CaseKind.INSPECTION, CaseSource.COMPLAINT, "信", "1",
                LocalDate.now(), e, "李四", "两个当事人", "某地", null))).hasMessageContaining("请选其一");
        // an enterprise of another county is not found
        long scEnt = fx.enterprise(sc, "神池县依据测试公司");
        assertThatThrownBy(() -> cases.open(zz, fx.newCase(CaseKind.INSPECTION, scEnt, "越权立案")))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        TestActor reader = fx.actor("140525", "case_reader", "case:read");
        assertThatThrownBy(() -> cases.open(reader, fx.newCase(CaseKind.INSPECTION, e, "无权立案")))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThat(count("enf_case")).isEqualTo(before);
        assertThat(count("doc_number")).isEqualTo(numbers);
    }

    @Test
    @DisplayName("CASE-02 TI-10 a team with one certified officer plus one inspector is refused")
    void oneOfficerPlusInspectorRefused() {
        CaseRef c = fx.open(zz, CaseKind.INSPECTION, "执法组测试-一名执法员加检查员");
        long officer = fx.certifiedOfficer("140525", "持证执法员甲");
        long inspector = fx.demoInspector();
        assertThatThrownBy(() -> service.setTeam(zz, c.id(), List.of(new NewMember(officer, TeamRole.LEADER),
                new NewMember(inspector, TeamRole.ASSISTANT))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-TEAM-SIZE")).hasMessageContaining("技术检查员不计入");
        assertThatThrownBy(() -> service.setTeam(zz, c.id(), List.of(new NewMember(officer, TeamRole.LEADER),
                new NewMember(inspector, TeamRole.MEMBER))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-TEAM-INSPECTOR-ROLE"));
        assertThat(service.team(zz, c.id())).isEmpty();
        // with a second certified officer the inspector may assist
        long second = fx.certifiedOfficer("140525", "持证执法员乙");
        List<MemberView> team = service.setTeam(zz, c.id(), List.of(new NewMember(officer, TeamRole.LEADER),
                new NewMember(second, TeamRole.MEMBER), new NewMember(inspector, TeamRole.ASSISTANT)));
        assertThat(team).extracting(MemberView::role).containsExactly(TeamRole.LEADER, TeamRole.MEMBER, TeamRole.ASSISTANT);
        assertThat(team.get(0).certificateNumber()).isEqualTo("晋执T" + officer);
        assertThat(team.get(2).certificateNumber()).isNull();
        // issue 12 defect 8: staff see colleagues' names in full (IAM-06 masks ID-card and phone numbers)
        assertThat(team.get(0).name()).isEqualTo("持证执法员甲");
        assertThat(cases.ref(c.id(), zz).teamPersonIds()).containsExactly(officer, second, inspector);
    }

    @Test
    @DisplayName("CASE-02 OFF-03 an officer without a valid certificate and a member conflicted with the party are refused")
    void certificateAndAvoidance() {
        CaseRef c = fx.open(zz, CaseKind.PENALTY, "执法组测试-回避");
        long a = fx.certifiedOfficer("140525", "持证执法员丙");
        long b = fx.certifiedOfficer("140525", "持证执法员丁");
        long none = fx.uncertifiedOfficer("140525", "无证人员");
        assertThatThrownBy(() -> service.setTeam(zz, c.id(), fx.team(a, none)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-TEAM-CERTIFICATE"));
        conflicts.add(fx.zz(), c.enterpriseId(), new NewConflict(b, "持证执法员丁", Relation.RELATIVE,
                LocalDate.now().minusYears(5), LocalDate.now().minusYears(2), "其兄为该企业股东"));
        assertThatThrownBy(() -> service.setTeam(zz, c.id(), fx.team(a, b)))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-TEAM-AVOIDANCE")).hasMessageContaining("回避");
        // a person of another county is not found
        long scOfficer = fx.certifiedOfficer("140927", "神池执法员");
        assertThatThrownBy(() -> service.setTeam(zz, c.id(), fx.team(a, scOfficer)))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThat(service.team(zz, c.id())).isEmpty();
    }

    @Test
    @DisplayName("CASE-03 a team is required before leaving initiation; stages advance one at a time with actor, time and events")
    void transitions() {
        CaseRef c = fx.open(zz, CaseKind.INSPECTION, "阶段测试-检查");
        assertThatThrownBy(() -> service.transition(zz, c.id(), CaseStage.INVESTIGATION, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-TEAM-REQUIRED"));
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", "阶段执法员甲"), fx.certifiedOfficer("140525", "阶段执法员乙")));
        assertThatThrownBy(() -> service.transition(zz, c.id(), CaseStage.DECISION, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-STAGE-ORDER"));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, "开始现场检查");
        // REC-02 (recording's stage guard): an inspection closes only with its 现场检查记录 on file
        documents.generate(zz, c.id(), "INSPECTION_RECORD", new CaseDocuments.DocumentFields("现场检查情况", null, null, null, null));
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        assertThatThrownBy(() -> service.transition(zz, c.id(), CaseStage.CLOSURE, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-STAGE-SKIP-REASON"));
        assertThatThrownBy(() -> service.transition(zz, c.id(), CaseStage.SERVICE, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-STAGE-NO-DECISION"));
        // REC-02/REC-03 (recording's stage guards): the basis document and the recorded on-site inspection
        recording.closable(c);
        CaseView closed = service.transition(zz, c.id(), CaseStage.CLOSURE, "检查未发现违法行为和事故隐患");
        assertThat(closed.closedAt()).isNotNull();
        CaseView archived = service.transition(zz, c.id(), CaseStage.ARCHIVED, null);
        assertThat(archived.archivedAt()).isNotNull();
        assertThatThrownBy(() -> service.transition(zz, c.id(), CaseStage.ARCHIVED, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-STAGE-FINAL"));
        List<String> log = jdbc.sql("SELECT coalesce(from_stage, '-') || '>' || to_stage || ':' || actor FROM enf_case_stage_log WHERE case_id = :c ORDER BY id")
                .param("c", c.id()).query(String.class).list();
        assertThat(log).containsExactly("->INITIATION:case_zz", "INITIATION>INVESTIGATION:case_zz",
                "INVESTIGATION>DECISION:case_zz", "DECISION>CLOSURE:case_zz", "CLOSURE>ARCHIVED:case_zz");
        assertThat(service.timeline(c.id())).anySatisfy(t -> assertThat(t.note()).contains("跳过送达、执行直接结案"));
        assertThat(events.stream(CaseStageChanged.class).filter(e -> e.caseId() == c.id()).map(CaseStageChanged::to))
                .containsExactly(CaseStage.INVESTIGATION, CaseStage.DECISION, CaseStage.CLOSURE, CaseStage.ARCHIVED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'enforcement.case.stage-changed' AND subject_id = :id")
                .param("id", Long.toString(c.id())).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    @DisplayName("CASE-03 the skip to closure is refused for a penalty case; a refusing CaseStageGuard stops the transition")
    void skipAndGuards() {
        CaseRef p = fx.open(zz, CaseKind.PENALTY, "阶段测试-处罚");
        service.setTeam(zz, p.id(), fx.team(fx.certifiedOfficer("140525", "处罚执法员甲"), fx.certifiedOfficer("140525", "处罚执法员乙")));
        service.transition(zz, p.id(), CaseStage.INVESTIGATION, null);
        service.transition(zz, p.id(), CaseStage.DECISION, null);
        assertThatThrownBy(() -> service.transition(zz, p.id(), CaseStage.CLOSURE, "不处罚"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-STAGE-SKIP"));
        CaseRef g = fx.open(zz, CaseKind.INSPECTION, "阶段测试" + TestGuards.REFUSE_STAGE);
        service.setTeam(zz, g.id(), fx.team(fx.certifiedOfficer("140525", "守卫执法员甲"), fx.certifiedOfficer("140525", "守卫执法员乙")));
        assertThatThrownBy(() -> service.transition(zz, g.id(), CaseStage.INVESTIGATION, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("TEST-GUARD"));
        assertThat(service.get(zz, g.id()).stage()).isEqualTo(CaseStage.INITIATION);
        assertThat(jdbc.sql("SELECT count(*) FROM enf_case_stage_log WHERE case_id = :c").param("c", g.id())
                .query(Long.class).single()).isEqualTo(1);
    }
}
