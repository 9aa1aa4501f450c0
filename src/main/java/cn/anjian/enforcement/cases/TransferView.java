package cn.anjian.enforcement.cases;

import java.time.Instant;
import java.time.LocalDate;

/** CASE-09: a transfer of a suspected crime to a judicial organ and its approval. */
public record TransferView(long id, long caseId, String organ, LocalDate transferDate, String reason, String status,
                           long flowId, String transferNumber, Instant requestedAt, String requestedBy,
                           Instant decidedAt, String decidedBy, String opinion) {

    public String statusLabel() {
        return switch (status) {
            case "PENDING" -> "审批中";
            case "APPROVED" -> "已批准移送";
            default -> "未获批准";
        };
    }
}
