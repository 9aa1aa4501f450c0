package cn.anjian.mines.assessment;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.anjian.mines.MineKind;

/**
 * What the assessment needs from the commissioners' work records (MW-01..MW-03 checks, MW-05 checklist items, MW-06 /
 * MW-12 hazards and violations). The only way the assessment reads them: {@link RecordedWorkFacts} (the checks and
 * hazards recorded in the system, plus figures carried over for the months before the department used it).
 *
 * <p>Every method answers for a batch of commissioners at once (set-based SQL, a few statements per batch however
 * large: the province's 9,000 commissioners are assessed in batches, never one query per person). A commissioner
 * without rows is absent from the map.
 */
interface WorkRecordFacts {

    /** Required checks (remote and on-site, per week) and those done, over the year so far. */
    Map<Long, CompletionRate> completion(Collection<Long> commissionerIds, Year year);

    /** Every check of the year with missed mandatory (必查) or spot (抽查) items, in date order (then by reference). */
    Map<Long, List<MissedItemsInCheck>> missedItems(Collection<Long> commissionerIds, Year year);

    /** Major hazards, major violations and near misses the commissioner found in the year, in {@link #FINDING_ORDER}. */
    Map<Long, List<MajorFinding>> majorFindings(Collection<Long> commissionerIds, Year year);

    /** The mines the commissioner supervised in the year (accidents there count against them), by mine id. */
    Map<Long, List<SupervisedMine>> supervisedMines(Collection<Long> commissionerIds, Year year);

    /** By day, then kind and description: a total order, so a re-run lists the findings identically. */
    Comparator<MajorFinding> FINDING_ORDER = Comparator.comparing(MajorFinding::foundOn)
            .thenComparing(MajorFinding::kind, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(MajorFinding::description, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(MajorFinding::handled);

    Comparator<MissedItemsInCheck> CHECK_ORDER = Comparator.comparing(MissedItemsInCheck::checkedOn)
            .thenComparing(MissedItemsInCheck::checkRef);

    record CompletionRate(int required, int done) {
    }

    record MissedItemsInCheck(String checkRef, LocalDate checkedOn, String mineName, int missedMandatory, int missedSpot) {
    }

    record MajorFinding(LocalDate foundOn, String kind, String description, boolean handled) {
    }

    record SupervisedMine(long mineId, String name, MineKind kind) {
    }
}
