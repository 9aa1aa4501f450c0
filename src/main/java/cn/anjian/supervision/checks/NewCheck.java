package cn.anjian.supervision.checks;

import java.time.LocalDate;
import java.util.List;

/** COR-01: what a supervision check records — the checked agency (and unit), period, team and methods. */
public record NewCheck(long checkedAgencyId, String checkedUnit, String title, CheckTiming timing, CheckExtent extent,
                       List<CheckMethod> methods, LocalDate periodFrom, LocalDate periodTo, String team) {
}
