package cn.anjian.experts.dispatches;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.experts.dispatches.DispatchEnums.Overall;
import cn.anjian.experts.dispatches.DispatchEnums.Reimbursement;
import cn.anjian.experts.dispatches.DispatchEnums.Source;
import cn.anjian.experts.dispatches.DispatchEnums.Status;
import cn.anjian.experts.dispatches.DispatchEnums.TitleGrade;

/** A dispatch as its pages show it: the approval form (annex 4), the answer, the report and the register (annex 6). */
record DispatchView(long id, Status status, Source source, Long expertId, String expertName, String expertTitle,
                    String expertEmployer, TitleGrade outsideGrade, String fieldName, String task, String content, String place,
                    LocalDate taskStart, LocalDate taskEnd, String enterpriseName, boolean paid, BigDecimal fee, String unitName,
                    String agencyName, Long drawId, Long replacesId, String replacementReason, Long applicationId,
                    String applicant, Long flowId, Instant requestedAt, String requestedBy, Instant decidedAt, String opinion,
                    Instant respondedAt, String declineReason, Long reportFileId, String reportName, String reportSummary,
                    Instant reportedAt, Integer qAttitude, Integer qExpertise, Integer qIntegrity, Overall qOverall,
                    String qRemarks, Instant qFiledAt, String qFiledBy, Instant hrCopyAt, Reimbursement reimbursement,
                    Long reimburseFlowId, Instant reimbursedAt) {

    public boolean outsider() {
        return source == Source.OUT_OF_POOL;
    }
}
