package cn.anjian.mines.web;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.Fmt;
import cn.anjian.mines.work.MineCheckQueries;

/** A line of 待核查的检查记录 as the page shows it, computed once in Java (issue 20 item 7). */
public record FlaggedCheckRow(String href, String started, String mineName, String commissionerName, String distance) {

    static List<FlaggedCheckRow> of(List<MineCheckQueries.Row> rows) {
        List<FlaggedCheckRow> out = new ArrayList<>(rows.size());
        for (MineCheckQueries.Row c : rows) {
            out.add(new FlaggedCheckRow("/mines/checks/" + c.id(), Fmt.dateTime(c.startedAt()), c.mineName(),
                    c.commissionerName(), c.distanceMeters() + " 米（范围 " + c.geofenceMeters() + " 米）"));
        }
        return out;
    }
}
