package cn.anjian.mines.assessment;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import cn.anjian.mines.MineKind;

/**
 * What the assessment needs from the commissioners' work records (MW-01..MW-03 checks, MW-05 checklist items, MW-06 /
 * MW-12 hazards and violations). The only way the assessment reads them: {@link RecordedWorkFacts} (the checks and
 * hazards recorded in the system, plus figures carried over for the months before the department used it).
 */
interface WorkRecordFacts {

    /** Required checks (remote and on-site, per week/month) and those done, over the year so far. */
    CompletionRate completion(long commissionerId, Year year);

    /** Every check of the year with missed mandatory (必查) or spot (抽查) items, in date order. */
    List<MissedItemsInCheck> missedItems(long commissionerId, Year year);

    /** Major hazards, major violations and near misses the commissioner found in the year. */
    List<MajorFinding> majorFindings(long commissionerId, Year year);

    /** The mines the commissioner supervised in the year (accidents there count against them). */
    List<SupervisedMine> supervisedMines(long commissionerId, Year year);

    record CompletionRate(int required, int done) {
    }

    record MissedItemsInCheck(String checkRef, LocalDate checkedOn, String mineName, int missedMandatory, int missedSpot) {
    }

    record MajorFinding(LocalDate foundOn, String kind, String description, boolean handled) {
    }

    record SupervisedMine(long mineId, String name, MineKind kind) {
    }
}
