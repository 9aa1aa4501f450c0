package cn.anjian.personnel.inspectors;

import java.time.LocalDate;

/** TI-15: a certificate renewal application escalated level by level to the province. */
public record RenewalView(long id, long inspectorId, LocalDate appliedOn, LocalDate expiresOn, boolean late,
                          String status, Long flowId) {

    public String statusLabel() {
        return switch (status) {
            case "PENDING" -> "逐级申报中";
            case "APPROVED" -> "省厅已换证";
            default -> "未通过";
        };
    }
}
