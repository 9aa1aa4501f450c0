package cn.anjian.legalreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.enforcement.CaseDocumentRef;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.cases.DecisionStageCases;
import cn.anjian.files.Files;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.legalreview.review.ApplicationForm;
import cn.anjian.legalreview.review.NewMaterial;
import cn.anjian.legalreview.review.ReviewActions;
import cn.anjian.legalreview.review.ReviewActions.FindingInput;
import cn.anjian.legalreview.review.ReviewEnums.Checkpoint;
import cn.anjian.legalreview.review.ReviewQueries;
import cn.anjian.legalreview.review.ReviewSubmissions;
import cn.anjian.legalreview.review.ReviewView;
import cn.anjian.org.Agencies;
import cn.anjian.org.UnitKind;
import cn.anjian.recording.dossier.DossierView;
import cn.anjian.recording.dossier.Dossiers;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * LR-14 (the internal legal unit for an entrusted institution's fine, with the director's consent), LR-05 (materials
 * picked from the case's generated documents) and LR-10/LR-15 (the review's documents filed in the case's record file).
 */
@IntegrationTest
class LegalReviewRouteTests {

    @Autowired DecisionStageCases caseFx;
    @Autowired ReviewSubmissions submissions;
    @Autowired ReviewActions actions;
    @Autowired ReviewQueries queries;
    @Autowired Workflows workflows;
    @Autowired ActingUsers users;
    @Autowired Files files;
    @Autowired Cases cases;
    @Autowired Agencies agencies;
    @Autowired Dossiers dossiers;
    @Autowired JdbcClient jdbc;
    @Autowired cn.anjian.MutableClock clock;
    @Autowired cn.anjian.calendar.WorkingCalendar calendar;

    Actor user(String name) {
        return users.actor(name).orElseThrow();
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    static ClassifyInput fine(String yuan) {
        return new ClassifyInput(Measure.Kind.PENALTY, PartyKind.ORGANIZATION, new BigDecimal(yuan), null, Set.of());
    }

    static ApplicationForm form() {
        return new ApplicationForm("未按规定对从业人员进行安全培训", "《安全生产法》第二十八条；第九十七条", "执法人员均持有效执法证",
                "罚款", null, "王科长", "李副局长", false);
    }

    List<NewMaterial> materials(Actor by, String... kinds) {
        List<NewMaterial> out = new ArrayList<>();
        for (String k : kinds) {
            out.add(new NewMaterial(k, file(by, k), k));
        }
        return out;
    }

    long file(Actor by, String name) {
        return files.store(new ByteArrayInputStream(("材料 " + name).getBytes(StandardCharsets.UTF_8)), name + ".txt", "text/plain",
                null, by).id();
    }

    List<NewMaterial> all(Actor by) {
        return materials(by, "STATEMENT", "INVESTIGATION_REPORT", "CASE_FILE", "DRAFT_DECISION");
    }

    List<FindingInput> allOk() {
        return Arrays.stream(Checkpoint.values()).map(c -> new FindingInput(c.name(), true, null)).toList();
    }

    /** A Zezhou penalty case undertaken by an entrusted enforcement institution of the bureau. */
    CaseRef entrustedCase(String title) {
        CaseRef c = caseFx.penaltyCase(title);
        long unit = agencies.createUnit(c.agencyId(), UnitKind.ENTRUSTED_ENFORCEMENT, "应急管理综合行政执法大队-" + title).id();
        jdbc.sql("UPDATE enf_case SET unit_id = :u WHERE id = :c").param("u", unit).param("c", c.id()).update();
        return c;
    }

    long reviews(long caseId) {
        return jdbc.sql("SELECT count(*) FROM lr_review WHERE case_id = :c").param("c", caseId).query(Long.class).single();
    }

    @Test
    @DisplayName("LR-14 the internal route: 100,000 yuan accepted, 100,000.01 refused; a case not undertaken by an entrusted institution, or a fine that is not the only reason, refused; nothing stored on refusal")
    void internalRouteBoundary() {
        Actor officer = user("zz_officer");
        CaseRef over = entrustedCase("法审途径-超限");
        assertThatThrownBy(() -> submissions.submit(officer, over.id(), fine("100000.01"), form(), all(officer), true))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-14")).hasMessageContaining("100,000.00");
        assertThat(reviews(over.id())).isZero();
        CaseRef plain = caseFx.penaltyCase("法审途径-非受委托");
        assertThatThrownBy(() -> submissions.submit(officer, plain.id(), fine("80000"), form(), all(officer), true))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-14")).hasMessageContaining("受委托执法机构");
        assertThat(reviews(plain.id())).isZero();
        ClassifyInput withSuspension = new ClassifyInput(Measure.Kind.PENALTY, PartyKind.ORGANIZATION, new BigDecimal("80000"), null,
                Set.of(Measure.SUSPEND_PRODUCTION));
        assertThatThrownBy(() -> submissions.submit(officer, over.id(), withSuspension, form(), all(officer), true))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-14")).hasMessageContaining("其他重大执法决定情形");
        ClassifyInput citizen = new ClassifyInput(Measure.Kind.PENALTY, PartyKind.CITIZEN, new BigDecimal("80000"), null, Set.of());
        assertThatThrownBy(() -> submissions.submit(officer, over.id(), citizen, form(), all(officer), true))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-14")).hasMessageContaining("法人或者其他组织");
        assertThat(reviews(over.id())).isZero();
        // exactly at the limit (inclusive): accepted, waiting for the director's consent, the review clock not started
        long id = submissions.submit(officer, over.id(), fine("100000"), form(), all(officer), true);
        ReviewView v = queries.view(officer, id);
        assertThat(v.status()).isEqualTo("CONSENT_REQUESTED");
        assertThat(v.review().get("route")).isEqualTo("ENTRUSTED_INTERNAL");
        assertThat(v.review().get("received_at")).isNull();
        assertThat(v.review().get("flow_id")).isNull();
        assertThat(v.review().get("consent_flow_id")).isNotNull();
        // the same case on the legal unit's route is not refused by the limit
        CaseRef standard = entrustedCase("法审途径-常规");
        assertThat(queries.view(officer, submissions.submit(officer, standard.id(), fine("100000.01"), form(), all(officer))).status())
                .isEqualTo("UNDER_REVIEW");
    }

    @Test
    @DisplayName("LR-14 WF-FOUR-EYES the director's consent is a workflow step the submitter cannot decide; before it the legal unit is refused; after it the internal legal unit's flow reaches the legal reviewer and the clock starts")
    void consentThenInternalUnit() {
        Actor officer = user("zz_officer");
        Actor legal = user("zz_legal");
        Actor director = user("zz_director");
        CaseRef c = entrustedCase("法审途径-局长同意");
        long id = submissions.submit(officer, c.id(), fine("60000"), form(), all(officer), true);
        FlowId consent = new FlowId(((Number) queries.view(officer, id).review().get("consent_flow_id")).longValue());
        assertThat(workflows.canDecide(consent, officer)).isFalse();
        assertThat(workflows.canDecide(consent, legal)).isFalse();
        assertThat(workflows.canDecide(consent, director)).isTrue();
        assertThatThrownBy(() -> workflows.decide(consent, officer, Decision.APPROVE, "同意"))
                .isInstanceOf(BusinessException.class);
        // without consent the legal unit cannot review it
        assertThatThrownBy(() -> actions.recordFindings(legal, id, allOk())).satisfies(t -> assertThat(code(t)).isEqualTo("LR-14"));
        assertThatThrownBy(() -> actions.suspend(legal, id, "EXPERT")).satisfies(t -> assertThat(code(t)).isEqualTo("LR-14"));
        assertThat(queries.view(officer, id).status()).isEqualTo("CONSENT_REQUESTED");
        workflows.decide(consent, director, Decision.APPROVE, "同意由局内设法制机构审核");
        ReviewView v = queries.view(officer, id);
        assertThat(v.status()).isEqualTo("UNDER_REVIEW");
        assertThat(v.review().get("received_at")).isNotNull();
        assertThat(v.review().get("consent_by_name")).isEqualTo(director.displayName());
        FlowId review = new FlowId(((Number) v.review().get("flow_id")).longValue());
        assertThat(workflows.find(review).orElseThrow().definitionCode()).isEqualTo("legal-review-internal");
        assertThat(workflows.canDecide(review, legal)).isTrue();
        assertThat(workflows.canDecide(review, officer)).isFalse();
        assertThat(v.dueDate() == null || !v.dueDate().isBefore(java.time.LocalDate.now())).isTrue();
        actions.recordFindings(legal, id, allOk());
        actions.submitOpinion(legal, id, "APPROVE", "同意");
        workflows.decide(review, user("zz_deputy"), Decision.APPROVE, "同意");
        assertThat(queries.view(officer, id).status()).isEqualTo("DECIDED");
        assertThat(queries.view(officer, id).timeline()).extracting(ReviewView.EventView::what)
                .anySatisfy(w -> assertThat(w).contains("局长同意由局内设法制机构审核"));
    }

    @Test
    @DisplayName("LR-14 the director refuses consent: the submission is closed without review and the case may be submitted again on the legal unit's route")
    void consentRefused() {
        Actor officer = user("zz_officer");
        CaseRef c = entrustedCase("法审途径-局长不同意");
        long id = submissions.submit(officer, c.id(), fine("60000"), form(), all(officer), true);
        FlowId consent = new FlowId(((Number) queries.view(officer, id).review().get("consent_flow_id")).longValue());
        workflows.decide(consent, user("zz_director"), Decision.REJECT, "案情复杂，由法制机构审核");
        ReviewView v = queries.view(officer, id);
        assertThat(v.status()).isEqualTo("CONSENT_REFUSED");
        assertThat(v.review().get("flow_id")).isNull();
        assertThat(v.review().get("received_at")).isNull();
        assertThat(queries.view(officer, submissions.submit(officer, c.id(), fine("60000"), form(), all(officer))).status())
                .isEqualTo("UNDER_REVIEW");
    }

    @Test
    @DisplayName("LR-05 materials picked from the documents generated for the case; another case's document is a 404 and nothing is stored")
    void materialsFromCaseDocuments() {
        Actor officer = user("zz_officer");
        CaseRef c = caseFx.penaltyCase("法审材料-本案文书");
        CaseRef other = caseFx.penaltyCase("法审材料-他案文书");
        List<CaseDocumentRef> docs = cases.documents(c.id(), officer);
        assertThat(docs).isNotEmpty();
        CaseDocumentRef notice = docs.get(0);
        CaseDocumentRef foreign = cases.documents(other.id(), officer).get(0);
        List<NewMaterial> wrong = new ArrayList<>(materials(officer, "STATEMENT", "INVESTIGATION_REPORT", "DRAFT_DECISION"));
        wrong.add(NewMaterial.document("CASE_FILE", foreign.id(), null));
        assertThatThrownBy(() -> submissions.submit(officer, c.id(), fine("80000"), form(), wrong))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThat(reviews(c.id())).isZero();
        assertThatThrownBy(() -> cases.documents(c.id(), user("sc_officer")))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        List<NewMaterial> ok = new ArrayList<>(materials(officer, "STATEMENT", "INVESTIGATION_REPORT", "DRAFT_DECISION"));
        ok.add(NewMaterial.document("CASE_FILE", notice.id(), null));
        long id = submissions.submit(officer, c.id(), fine("80000"), form(), ok);
        ReviewView v = queries.view(officer, id);
        assertThat(v.status()).isEqualTo("UNDER_REVIEW");
        assertThat(v.materials()).filteredOn(m -> m.documentId() != null).singleElement()
                .satisfies(m -> {
                    assertThat(m.kind()).isEqualTo("CASE_FILE");
                    assertThat(m.fileId()).isEqualTo(notice.fileId());
                    assertThat(m.title()).contains(notice.documentNumber());
                });
    }

    @Test
    @DisplayName("LR-10 LR-15 LR-05 the application form, the opinion letter, the approval form and a legal adviser's signed opinion are filed in the case's record file and listed in its dossier, each once")
    void filedInTheCase() {
        Actor officer = user("zz_officer");
        Actor legal = user("zz_legal");
        CaseRef c = caseFx.penaltyCase("法审归档-全流程");
        long id = submissions.submit(officer, c.id(), fine("80000"), form(), all(officer));
        assertThat(filedTypes(c.id())).containsExactly("LEGAL_REVIEW_APPLICATION");
        long signed = file(legal, "法律顾问书面意见");
        actions.addMeeting(legal, id, "ADVISER", java.time.LocalDate.now().toString(), "法律顾问王律师", "同意作出决定", signed);
        assertThat(queries.view(officer, id).meetings()).singleElement().satisfies(m -> {
            assertThat(m.fileId()).isEqualTo(signed);
            assertThat(m.recordedBy()).isEqualTo(legal.displayName());
        });
        actions.recordFindings(legal, id, allOk());
        actions.submitOpinion(legal, id, "APPROVE", "同意");
        workflows.decide(new FlowId(((Number) queries.view(officer, id).review().get("flow_id")).longValue()), user("zz_deputy"),
                Decision.APPROVE, "同意");
        String number = (String) queries.view(officer, id).review().get("opinion_number");
        assertThat(filedTypes(c.id())).containsExactlyInAnyOrder("LEGAL_REVIEW_APPLICATION", "LEGAL_ADVISER_OPINION",
                "LEGAL_REVIEW_OPINION", "LEGAL_REVIEW_APPROVAL");
        assertThat(jdbc.sql("SELECT document_number FROM rec_record WHERE case_id = :c AND doc_type = 'LEGAL_REVIEW_OPINION'")
                .param("c", c.id()).query(String.class).single()).isEqualTo(number);
        assertThat(jdbc.sql("SELECT file_id FROM rec_record WHERE case_id = :c AND doc_type = 'LEGAL_ADVISER_OPINION'")
                .param("c", c.id()).query(Long.class).single()).isEqualTo(signed);
        DossierView d = dossiers.view(user("zz_unithead"), c.id());
        assertThat(d.entries()).extracting(DossierView.Entry::title)
                .anySatisfy(t -> assertThat(t).contains("法制审核意见书"))
                .anySatisfy(t -> assertThat(t).contains("法制审核审批表"))
                .anySatisfy(t -> assertThat(t).contains("法制审核申请表"));
        assertThat(d.entries()).extracting(DossierView.Entry::documentNumber).contains(number);
        // the approval form filed carries the opinions by name, never login names
        long formFile = jdbc.sql("SELECT file_id FROM rec_record WHERE case_id = :c AND doc_type = 'LEGAL_REVIEW_APPROVAL'")
                .param("c", c.id()).query(Long.class).single();
        var out = new java.io.ByteArrayOutputStream();
        files.copyVerified(files.find(formFile, legal), out);
        String text = LegalReviewFlowTests.docxText(out.toByteArray());
        assertThat(text).contains(legal.displayName()).doesNotContain("zz_legal").doesNotContain("{{");
    }

    @Test
    @DisplayName("LR-15 a record's file out of the reviewer's scope is a 404 and the record is not added")
    void meetingFileOutOfScope() {
        Actor officer = user("zz_officer");
        CaseRef c = caseFx.penaltyCase("法审归档-越权文件");
        long id = submissions.submit(officer, c.id(), fine("80000"), form(), all(officer));
        long foreign = file(user("sc_officer"), "他县文件");
        assertThatThrownBy(() -> actions.addMeeting(user("zz_legal"), id, "ADVISER", java.time.LocalDate.now().toString(), "律师",
                "意见", foreign)).satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThat(queries.view(officer, id).meetings()).isEmpty();
    }

    @Test
    @DisplayName("LR-11 CAL-04 the 10-working-day review deadline crosses the National Day holidays (not counted) and a suspension moves it later")
    void deadlineCrossesHolidayAndSuspension() {
        Actor officer = user("zz_officer");
        Actor legal = user("zz_legal");
        CaseRef c = caseFx.penaltyCase("法审期限-国庆");
        java.time.LocalDate start = java.time.LocalDate.of(2026, 9, 29);
        try {
            clock.set(start.atTime(9, 0));
            long id = submissions.submit(officer, c.id(), fine("80000"), form(), all(officer));
            java.time.LocalDate due = queries.view(officer, id).dueDate();
            assertThat(due).isEqualTo(calendar.addWorkingDays(start, 10).date());
            // ten weekdays from 29 September would end on 13 October; the holidays of 1–7 October are not counted
            assertThat(due).isAfter(java.time.LocalDate.of(2026, 10, 13));
            clock.set(java.time.LocalDate.of(2026, 9, 30).atTime(9, 0));
            actions.suspend(legal, id, "EXPERT");
            clock.set(java.time.LocalDate.of(2026, 10, 12).atTime(9, 0));
            actions.resume(legal, id);
            assertThat(queries.view(officer, id).dueDate()).isAfter(due);
        } finally {
            clock.reset();
        }
    }

    List<String> filedTypes(long caseId) {
        return jdbc.sql("SELECT doc_type FROM rec_record WHERE case_id = :c AND doc_type LIKE 'LEGAL_%' ORDER BY id")
                .param("c", caseId).query(String.class).list();
    }
}
