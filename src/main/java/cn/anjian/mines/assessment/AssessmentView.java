package cn.anjian.mines.assessment;

import java.time.LocalDate;
import java.util.List;

/** An assessment with every reason (issue 18 item 5): criteria, ladders, linkage, exemptions and accountability. */
public record AssessmentView(long id, long commissionerId, String commissionerName, String agencyName, int year,
                             String status, boolean draft, Grade grade, Grade computedGrade, String explanation,
                             List<CriterionLine> criteria, String completion, Grade overrideGrade, String overrideReason,
                             Linkage linkage, List<RungLine> rungs, List<String> risks, List<ExemptionLine> exemptions,
                             List<InvestigationLine> investigations, List<DecisionLine> decisions, List<MineOption> mines) {

    /** A mine the commissioner supervised in the year (an investigation may concern it). */
    public record MineOption(long id, String name) {
    }

    /** An expert who joined an investigation: drawn ({@code replayUrl} shows the draw and replays it) or picked. */
    public record ExpertLine(String name, String fieldName, boolean drawn, String replayUrl) {
    }

    public record CriterionLine(boolean met, boolean excellenceOnly, String text) {
    }

    public record RungLine(String ladder, String occurrence, String checkRef, LocalDate checkedOn, String mineName, int items,
                           String measure, boolean losesExcellence, boolean exempted) {
    }

    public record ExemptionLine(String checkRef, String ground, String note, String status) {
    }

    public record InvestigationLine(long id, LocalDate openedOn, String ground, String facts, boolean higherLevel, String mineName,
                                    String experts, List<ExpertLine> poolExperts) {
    }

    /** {@code investigationOpenedOn}: the day the investigation this decision concludes was opened (null: none). */
    public record DecisionLine(long id, String measure, String reason, LocalDate issuedOn, LocalDate receivedOn,
                               LocalDate appealDue, AppealStatus appealStatus, LocalDate appealFiledOn, String appealText,
                               String appealDecision, LocalDate investigationOpenedOn) {

        public boolean appealOpen() {
            return appealStatus == AppealStatus.NONE;
        }

        public boolean appealPending() {
            return appealStatus == AppealStatus.FILED;
        }
    }
}
