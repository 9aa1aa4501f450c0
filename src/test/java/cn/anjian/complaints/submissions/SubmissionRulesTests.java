package cn.anjian.complaints.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubmissionRulesTests {

    static final Instant AT = Instant.parse("2026-03-10T02:00:00Z");

    static Submission clue() {
        return Submission.bySupervisor("T0001", 1, 2, 3, 4, "/1/", "HAZARD_CLUE", "某矿井下通风异常", "发现……", "某乡镇", "某煤业公司", AT);
    }

    @Test
    @DisplayName("SS-04 a supervisor's submission: kind, title and content required, location and enterprise optional")
    void submit() {
        Submission s = clue();
        assertThat(s.kind).isEqualTo(SubmissionKind.HAZARD_CLUE);
        assertThat(s.channel).isEqualTo(Channel.SUPERVISOR);
        assertThat(s.status).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThatThrownBy(() -> Submission.bySupervisor("T0001", 1, 2, 3, 4, "/1/", "OPINION", " ", "内容", null, null, AT))
                .hasMessage("请填写标题");
        assertThatThrownBy(() -> Submission.bySupervisor("T0001", 1, 2, 3, 4, "/1/", "PRAISE", "t", "c", null, null, AT))
                .extracting(e -> ((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.BAD_INPUT);
        assertThatThrownBy(() -> Submission.bySupervisor("T0001", 1, 2, 3, 4, "/1/", "OPINION", "t", "x".repeat(4001), null, null, AT))
                .hasMessageContaining("不能超过 4000");
        Submission minimal = Submission.bySupervisor("T0001", 1, 2, 3, 4, "/1/", "suggestion", "t", "c", "  ", null, AT);
        assertThat(minimal.location).isNull();
    }

    @Test
    @DisplayName("SS-05 the answer text is required; answering twice is refused")
    void answer() {
        Submission s = clue();
        assertThatThrownBy(() -> s.answer("  ", "office", AT)).hasMessage("请填写答复内容");
        assertThat(s.status).isEqualTo(SubmissionStatus.SUBMITTED);
        s.accept("office", AT);
        assertThatThrownBy(() -> s.accept("office", AT)).hasMessageContaining("已受理");
        s.answer("已组织核查，责令整改。", "office", AT.plusSeconds(60));
        assertThat(s.status).isEqualTo(SubmissionStatus.ANSWERED);
        assertThatThrownBy(() -> s.answer("again", "office", AT)).hasMessageContaining("不能重复答复");
    }

    @Test
    @DisplayName("SS-05 answering an unaccepted submission accepts it on the way")
    void answerAccepts() {
        Submission s = clue();
        s.answer("已答复", "office", AT);
        assertThat(s.acceptedAt).isEqualTo(AT);
        assertThat(s.acceptedBy).isEqualTo("office");
    }
}
