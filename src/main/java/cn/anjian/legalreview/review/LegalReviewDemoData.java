package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.files.Files;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.legalreview.ClassifyInput;
import cn.anjian.legalreview.Measure;
import cn.anjian.legalreview.PartyKind;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo legal reviews on the demo cases, through the same services and gates, acting as the demo users:
 * a major penalty of Zezhou the whole way (submitted, reviewed with a symposium, approved by the deputy director
 * with its numbered letter, discussed by the heads — the decision may now be issued on the case page); a Shenchi
 * penalty returned for supplement; a Shenchi licence under review with the clock suspended for expert argumentation.
 */
@Component
@RequiredArgsConstructor
class LegalReviewDemoData {

    private static final Logger log = LoggerFactory.getLogger(LegalReviewDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final ReviewSubmissions submissions;
    private final ReviewActions actions;
    private final Workflows workflows;
    private final Files files;
    private final LegalReviewRepository reviews;

    @EventListener
    @Order(DemoCasesReady.HEARING_CASE_OTHER_REVIEWS) // before the hearing case's review: it counts the reviews
    void onDemoCases(DemoCasesReady ready) {
        if (!DemoDataSwitch.enabled(environment) || ready.cases().isEmpty() || reviews.count() > 0) {
            return;
        }
        find(ready, "兰花煤化工泽州分公司违规动火作业举报案").ifPresent(c -> run("whole way", () -> wholeWay(c)));
        find(ready, "龙泉煤矿超层越界开采举报案").ifPresent(c -> run("supplement", () -> supplement(c)));
        find(ready, "鑫达铁合金安全生产许可延续审查").ifPresent(c -> run("under review", () -> underReview(c)));
    }

    private void wholeWay(CaseRef c) {
        Actor officer = user("zz_officer");
        ClassifyInput in = new ClassifyInput(Measure.Kind.PENALTY, PartyKind.ORGANIZATION, new BigDecimal("80000"), null,
                Set.of(Measure.SUSPEND_PRODUCTION));
        long id = submissions.submit(officer, c.id(), in, form("动火作业未办理审批、未落实监护，拟责令停产整顿并处罚款 8 万元", "李建国", "王志强"),
                materials(officer, "STATEMENT", "INVESTIGATION_REPORT", "CASE_FILE", "DRAFT_DECISION"));
        Actor legal = user("zz_legal");
        actions.addMeeting(legal, id, "SYMPOSIUM", LocalDate.now().minusDays(1).toString(), "法规股全体人员、承办股室负责人",
                "听取承办股室汇报，讨论停产整顿的适用条件和罚款裁量");
        actions.recordFindings(legal, id, allOk());
        actions.submitOpinion(legal, id, "APPROVE", "执法主体适格，事实清楚，证据确凿，适用依据正确，程序合法，裁量适当，同意作出决定");
        LegalReview r = reviews.findById(id).orElseThrow();
        workflows.decide(new FlowId(r.flowId()), user("zz_deputy"), Decision.APPROVE, "同意法制审核意见");
        actions.recordDiscussion(user("zz_director"), id, LocalDate.now().toString(), "局长、分管副局长、纪检组长、各股室负责人",
                "同意法制审核意见，依法作出责令停产整顿并处罚款 8 万元的决定", true);
    }

    private void supplement(CaseRef c) {
        Actor officer = user("sc_officer");
        ClassifyInput in = new ClassifyInput(Measure.Kind.PENALTY, PartyKind.ORGANIZATION, new BigDecimal("300000"), new BigDecimal("120000"),
                Set.of(Measure.SUSPEND_PRODUCTION));
        submissions.submit(officer, c.id(), in, form("超层越界开采，拟责令停产整顿，没收违法所得并处罚款", null, null),
                materials(officer, "STATEMENT", "CASE_FILE"));
    }

    private void underReview(CaseRef c) {
        Actor officer = user("sc_officer");
        ClassifyInput in = new ClassifyInput(Measure.Kind.LICENCE, PartyKind.ORGANIZATION, null, null, Set.of(Measure.LICENCE_HEARING));
        long id = submissions.submit(officer, c.id(), in, form("安全生产许可证延续，涉及听证事项", "赵海军", "孙建华"),
                materials(officer, "STATEMENT", "INVESTIGATION_REPORT", "CASE_FILE", "DRAFT_DECISION"));
        actions.suspend(user("sc_legal"), id, "EXPERT");
    }

    static ApplicationForm form(String summary, String unitHead, String deputy) {
        return new ApplicationForm(summary, "《中华人民共和国安全生产法》相关条款", "承办人员均持有山西省行政执法证",
                summary, null, unitHead, deputy, false);
    }

    private List<NewMaterial> materials(Actor by, String... kinds) {
        return materials(files, by, kinds);
    }

    static List<NewMaterial> materials(Files files, Actor by, String... kinds) {
        List<NewMaterial> out = new ArrayList<>();
        for (String k : kinds) {
            String title = ReviewEnums.MaterialKind.valueOf(k).label();
            byte[] text = ("【演示材料】" + title).getBytes(StandardCharsets.UTF_8);
            long fileId = files.store(new ByteArrayInputStream(text), title + ".txt", "text/plain", null, by).id();
            out.add(new NewMaterial(k, fileId, title));
        }
        return out;
    }

    static List<ReviewActions.FindingInput> allOk() {
        return Arrays.stream(ReviewEnums.Checkpoint.values()).map(c -> new ReviewActions.FindingInput(c.name(), true, null)).toList();
    }

    private Actor user(String name) {
        return users.actor(name).orElseThrow(() -> new IllegalStateException("demo user missing: " + name));
    }

    private static Optional<CaseRef> find(DemoCasesReady ready, String title) {
        return ready.cases().stream().filter(c -> c.title().equals(title)).findFirst();
    }

    private static void run(String what, Runnable r) {
        try {
            r.run();
        } catch (BusinessException e) {
            log.warn("Demo legal review ({}) refused: {} {}", what, e.code(), e.getMessage());
        }
    }
}
