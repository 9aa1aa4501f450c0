package cn.anjian.supervision.tolerance;

import cn.anjian.supervision.tolerance.ToleranceEnums.Kind;
import cn.anjian.supervision.tolerance.ToleranceEnums.Requested;

/** COR-04: an application as filed — the officer, the matter, each criterion of art. 2 answered with its grounds. */
public record NewTolerance(Kind kind, String officerName, String certificateNumber, String matter, Boolean diligent,
                           String diligentNote, Boolean lawful, String lawfulNote, Boolean noPrivateGain,
                           String noPrivateGainNote, String boundary, String duties, String accountability,
                           Requested requested) {
}
