package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Read model of a recruitment campaign (TI-03). */
public record CampaignView(long id, long planId, String planTitle, long agencyId, String agencyName, String scopePath,
                           String title, String positions, String requirements, String hiringMethod, String schedule,
                           BigDecimal writtenWeight, String lastStage, OffsetDateTime createdAt, int version) {

    public Stage last() {
        return lastStage == null ? null : Stage.valueOf(lastStage);
    }

    public Stage nextStage() {
        return Stage.next(last()).orElse(null);
    }

    public String lastStageLabel() {
        return lastStage == null ? "未开始" : Stage.valueOf(lastStage).getLabel();
    }

    public String hiringMethodLabel() {
        return HiringMethod.valueOf(hiringMethod).getLabel();
    }

    public boolean exam() {
        return HiringMethod.EXAM.name().equals(hiringMethod);
    }

    public boolean reached(Stage stage) {
        return Stage.reached(last(), stage);
    }

    /** Contract signing is open once the public notice is recorded (TI-03). */
    public boolean hiringOpen() {
        return reached(Stage.PUBLIC_NOTICE);
    }
}
