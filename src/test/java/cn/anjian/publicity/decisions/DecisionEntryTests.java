package cn.anjian.publicity.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.publicity.decisions.EntryEnums.Kind;
import cn.anjian.publicity.decisions.EntryEnums.RevisionKind;
import cn.anjian.publicity.decisions.EntryEnums.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The entry's transitions, plain JUnit: every allowed move and the refusals, named by rule ID. */
class DecisionEntryTests {

    static final Instant PUBLISHED = ZonedDateTime.of(2026, 3, 5, 10, 0, 0, 0, Zones.SHANGHAI).toInstant();

    static DecisionEntry draft() {
        return DecisionEntry.draft(new DecisionEntry.Draft("decision:1:x", 1, "泽应急罚〔2026〕1号", 1, null, "泽州县应急管理局", 1, "/1/",
                Kind.PENALTY, "行政处罚结果公示", "泽州县某公司", "泽应急罚〔2026〕1号", LocalDate.of(2026, 3, 1), "违法事实", "依据",
                "罚款", null), PUBLISHED);
    }

    static DecisionEntry published() {
        DecisionEntry e = draft();
        e.submit(1, "zz_officer", Secrecy.NONE);
        e.approved(7L, PUBLISHED, "zz_director", Secrecy.NONE);
        return e;
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    @Test
    @DisplayName("PUB-11 draft → in review → published; rejected goes back to draft; a second submission of a published entry is refused")
    void reviewAndPublish() {
        DecisionEntry e = draft();
        e.submit(1, "zz_officer", Secrecy.NONE);
        assertThat(e.status()).isEqualTo(Status.IN_REVIEW);
        e.returned(PUBLISHED, "zz_office");
        assertThat(e.status()).isEqualTo(Status.DRAFT);
        e.submit(2, "zz_officer", Secrecy.NONE);
        e.approved(7L, PUBLISHED, "zz_director", Secrecy.NONE);
        assertThat(e.status()).isEqualTo(Status.PUBLISHED);
        assertThat(e.publicationId()).isEqualTo(7L);
        assertThatThrownBy(() -> e.submit(3, "zz_officer", Secrecy.NONE)).satisfies(t -> assertThat(code(t)).isEqualTo("PUB-STATE"));
    }

    @Test
    @DisplayName("PUB-05 an exemption must cite its legal ground (a law's name in 《》); refused without, nothing changed")
    void exemption() {
        DecisionEntry e = draft();
        assertThatThrownBy(() -> e.exempt("涉及个人隐私", "zz_officer")).satisfies(t -> assertThat(code(t)).isEqualTo("PUB-05"));
        assertThat(e.status()).isEqualTo(Status.DRAFT);
        assertThat(e.exemptionGround()).isNull();
        e.exempt("《中华人民共和国政府信息公开条例》第十五条", "zz_officer");
        assertThat(e.status()).isEqualTo(Status.EXEMPTED);
        assertThatThrownBy(() -> published().exempt("《条例》", "zz_officer")).satisfies(t -> assertThat(code(t)).isEqualTo("PUB-STATE"));
    }

    @Test
    @DisplayName("PUB-08 a published entry is revised with the explanation and a new deadline; without one refused; a rejected revision leaves the text")
    void revision() {
        DecisionEntry e = published();
        assertThatThrownBy(() -> e.revise(RevisionKind.REVOKED, " ", 2, 3, PUBLISHED, "zz_officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("PUB-08"));
        assertThat(e.status()).isEqualTo(Status.PUBLISHED);
        e.revise(RevisionKind.REVOKED, "经行政复议，原处罚决定被撤销", 2, 3, PUBLISHED, "zz_officer");
        assertThat(e.status()).isEqualTo(Status.REVISION_REVIEW);
        assertThat(e.deadlineId()).isEqualTo(3L);
        e.returned(PUBLISHED, "zz_office");
        assertThat(e.status()).isEqualTo(Status.PUBLISHED);
        assertThat(e.revisionKind()).isNull();
        assertThatThrownBy(() -> draft().revise(RevisionKind.CHANGED, "变更", 2, 3, PUBLISHED, "zz_officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("PUB-STATE"));
    }

    @Test
    @DisplayName("PUB-07 withdrawal: refused the day before three years on the portal, allowed on the day exactly three years after; withdrawn keeps the record")
    void threeYears() {
        DecisionEntry e = published();
        LocalDate day = LocalDate.of(2026, 3, 5);
        assertThatThrownBy(() -> e.requestWithdrawal("期满", 5, day.plusYears(3).minusDays(1), "zz_office"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("PUB-07")).hasMessageContaining("2029-03-05");
        assertThat(e.status()).isEqualTo(Status.PUBLISHED);
        e.requestWithdrawal("公示期满三年", 5, day.plusYears(3), "zz_office");
        assertThat(e.status()).isEqualTo(Status.WITHDRAWAL_REVIEW);
        e.withdrawn(PUBLISHED, "zz_unithead");
        assertThat(e.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(e.publicationId()).isEqualTo(7L);
    }

    @Test
    @DisplayName("REC-12 PUB-05 a classified decision is refused at submission and at approval (nothing changed); it may only be exempted, with the ground the classification gives")
    void classified() {
        Secrecy secret = Secrecy.of(cn.anjian.recording.Classification.COMMERCIAL_SECRET);
        DecisionEntry e = draft();
        assertThatThrownBy(() -> e.submit(1, "zz_officer", secret)).satisfies(t -> assertThat(code(t)).isEqualTo("REC-12"))
                .hasMessageContaining("商业秘密").hasMessageContaining("第十五条");
        assertThat(e.status()).isEqualTo(Status.DRAFT);
        assertThat(e.flowId()).isNull();
        e.submit(1, "zz_officer", Secrecy.NONE);
        assertThatThrownBy(() -> e.approved(7L, PUBLISHED, "zz_director", secret)).satisfies(t -> assertThat(code(t)).isEqualTo("REC-12"));
        assertThat(e.status()).isEqualTo(Status.IN_REVIEW);
        assertThat(e.publicationId()).isNull();
        e.returned(PUBLISHED, "zz_director");
        e.exempt(secret.ground(), "zz_officer");
        assertThat(e.status()).isEqualTo(Status.EXEMPTED);
        assertThat(Secrecy.of(cn.anjian.recording.Classification.NONE).classified()).isFalse();
        assertThat(Secrecy.of(cn.anjian.recording.Classification.STATE_SECRET).ground()).contains("第十四条");
    }

    @Test
    @DisplayName("PUB-08 a decision changed by a remedy: a published entry goes to review (a flow is required), an entry not yet published carries the explanation; exempted ones are refused")
    void decisionChanged() {
        DecisionEntry p = published();
        assertThatThrownBy(() -> p.decisionChanged(RevisionKind.REVOKED, "撤销本决定", "remedy:1", null, 3, PUBLISHED, "zz_officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("PUB-STATE"));
        assertThat(p.status()).isEqualTo(Status.PUBLISHED);
        p.decisionChanged(RevisionKind.REVOKED, "撤销本决定", "remedy:1", 9L, 3, PUBLISHED, "zz_officer");
        assertThat(p.status()).isEqualTo(Status.REVISION_REVIEW);
        assertThat(p.flowId()).isEqualTo(9L);
        assertThat(p.revisionSource()).isEqualTo("remedy:1");
        assertThat(p.deadlineId()).isEqualTo(3L);

        DecisionEntry d = draft();
        d.decisionChanged(RevisionKind.CONFIRMED_ILLEGAL, "确认本决定违法", "remedy:2", null, 4, PUBLISHED, "zz_officer");
        assertThat(d.status()).isEqualTo(Status.DRAFT);
        assertThat(EntryText.content(d)).startsWith("【更正说明】该决定已确认违法：确认本决定违法");

        DecisionEntry x = draft();
        x.exempt("《中华人民共和国政府信息公开条例》第十五条", "zz_officer");
        assertThatThrownBy(() -> x.decisionChanged(RevisionKind.REVOKED, "撤销", "remedy:3", 9L, 3, PUBLISHED, "zz_officer"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("PUB-STATE"));
    }
}
