package cn.anjian.complaints.submissions;

import cn.anjian.kernel.TrackingCodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PublicSubmissionRulesTests {

    static final Instant AT = Instant.parse("2026-03-10T02:00:00Z");

    static Submission filed(SubmissionKind kind, boolean anonymous, String name, String phone) {
        return Submission.publicly(TrackingCodes.next("JD"), Channel.PUBLIC_PORTAL, kind, "某厂夜间违规作业", "每晚十点后……",
                "某镇", "某化工厂", anonymous, name, phone, null, 3, 4, "/1/", AT);
    }

    static Submission tip() {
        return filed(SubmissionKind.VIOLATION_CLUE, false, "张晓明", "13912345678");
    }

    @Test
    @DisplayName("CMP-01 anonymous is allowed and keeps no contact; a named filing needs a name and a valid phone")
    void anonymousOrNamed() {
        Submission anon = filed(SubmissionKind.COMPLAINT, true, "张晓明", "13912345678");
        assertThat(anon.anonymous).isTrue();
        assertThat(anon.contactName).isNull();
        assertThat(anon.contactPhone).isNull();
        assertThat(anon.status).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThatThrownBy(() -> filed(SubmissionKind.COMPLAINT, false, " ", "13912345678"))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("CMP-01-CONTACT");
        assertThatThrownBy(() -> filed(SubmissionKind.COMPLAINT, false, "张晓明", "1391234"))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("CMP-01-PHONE");
        assertThat(filed(SubmissionKind.COMPLAINT, false, "张晓明", "0356-1234567").contactPhone).isEqualTo("0356-1234567");
    }

    @Test
    @DisplayName("CMP-01 the tracking code: JD and 16 random characters (80 bits), no date, never repeated")
    void trackingCode() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String c = TrackingCodes.next("JD");
            assertThat(c).matches("JD[" + TrackingCodes.ALPHABET + "]{16}");
            codes.add(c);
        }
        assertThat(codes).hasSize(2000);
        assertThat(TrackingCodes.normalise("JD", " jdabcdefgh23456789 ")).isEqualTo("JDABCDEFGH23456789");
        assertThat(TrackingCodes.normalise("JD", "' OR 1=1 --")).isNull();
        assertThat(TrackingCodes.normalise("JD", "JD")).isNull();
    }

    @Test
    @DisplayName("CMP-02 declining needs a reason, only before acceptance; a declined item is neither accepted nor answered")
    void decline() {
        Submission s = tip();
        assertThatThrownBy(() -> s.decline("  ", "office", AT)).extracting(e -> ((BusinessException) e).code())
                .isEqualTo("CMP-02-REASON");
        assertThat(s.status).isEqualTo(SubmissionStatus.SUBMITTED);
        s.decline("不属于本部门职责，已告知向市场监管部门反映", "office", AT);
        assertThat(s.status).isEqualTo(SubmissionStatus.DECLINED);
        assertThatThrownBy(() -> s.accept("office", AT)).extracting(e -> ((BusinessException) e).code()).isEqualTo("CMP-02-STATE");
        assertThatThrownBy(() -> s.answer("答复", "office", AT)).extracting(e -> ((BusinessException) e).code()).isEqualTo("CMP-02-STATE");
        assertThatThrownBy(() -> s.assign(7, "office", AT)).extracting(e -> ((BusinessException) e).code()).isEqualTo("CMP-02-STATE");

        Submission accepted = tip();
        accepted.accept("office", AT);
        assertThatThrownBy(() -> accepted.decline("理由", "office", AT)).extracting(e -> ((BusinessException) e).code())
                .isEqualTo("CMP-02-STATE");
        assertThat(accepted.status).isEqualTo(SubmissionStatus.ACCEPTED);
    }

    @Test
    @DisplayName("CASE-04 only an accepted tip becomes a case, once; a complaint or an unaccepted tip is refused")
    void caseFromTip() {
        Submission s = tip();
        assertThatThrownBy(() -> s.caseOpened(1)).extracting(e -> ((BusinessException) e).code()).isEqualTo("CMP-02-CASE");
        s.accept("office", AT);
        s.caseOpened(41);
        assertThat(s.caseId).isEqualTo(41);
        assertThatThrownBy(() -> s.caseOpened(42)).extracting(e -> ((BusinessException) e).kind())
                .isEqualTo(BusinessException.Kind.CONFLICT);
        assertThat(s.caseId).isEqualTo(41);
        Submission complaint = filed(SubmissionKind.COMPLAINT, true, null, null);
        complaint.accept("office", AT);
        assertThatThrownBy(() -> complaint.caseOpened(1)).hasMessageContaining("只有违法行为或风险隐患线索");
    }

    @Test
    @DisplayName("CAP-08 a reward is recorded once, for a tip that was answered, with an amount from 0 up")
    void reward() {
        Submission s = tip();
        assertThatThrownBy(() -> s.reward(new BigDecimal("500"), null, "office", AT)).hasMessageContaining("办结答复后");
        s.answer("经查属实，已立案处罚", "office", AT);
        assertThatThrownBy(() -> s.reward(new BigDecimal("-1"), null, "office", AT)).extracting(e -> ((BusinessException) e).kind())
                .isEqualTo(BusinessException.Kind.BAD_INPUT);
        assertThatThrownBy(() -> s.reward(new BigDecimal("1.005"), null, "office", AT)).hasMessageContaining("奖励金额");
        assertThat(s.rewardRecordedAt).isNull();
        s.reward(new BigDecimal("500.00"), "按举报奖励办法", "office", AT);
        assertThat(s.rewardAmount).isEqualByComparingTo("500");
        assertThatThrownBy(() -> s.reward(BigDecimal.ONE, null, "office", AT)).hasMessageContaining("已记录奖励");
        Submission complaint = filed(SubmissionKind.COMPLAINT, true, null, null);
        complaint.answer("已答复", "office", AT);
        assertThatThrownBy(() -> complaint.reward(BigDecimal.TEN, null, "office", AT)).hasMessageContaining("只有举报线索");
    }
}
