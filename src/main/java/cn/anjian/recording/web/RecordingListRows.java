package cn.anjian.recording.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListKitRows;
import cn.anjian.recording.internal.ActivityView;
import cn.anjian.recording.Classification;
import cn.anjian.recording.internal.RecordView;

/**
 * The lines of 全过程记录 (records and activities) as the page shows them, computed once in Java (issue 20 item 7:
 * labels, the case number from a map, formatted times and the link were SpEL calls per cell). A null badge is not shown.
 */
final class RecordingListRows {

    private RecordingListRows() {
    }

    public record Record(String href, String caseNumber, String stage, String kind, String title, String time, String gapBadge,
                  String classification) {

        /** The rows as the page writes them ({@link ListKitRows}; {@code RecordRowsHtmlTests} pins the former markup). */
        static String html(List<Record> rows) {
            return ListKitRows.of(rows, "\n        ",
                    "<tr><td colspan=\"6\" class=\"text-secondary\">没有符合条件的记录</td></tr>", Record::append);
        }

        private void append(StringBuilder b) {
            b.append("<tr>\n          <td class=\"text-nowrap\"><a href=\"").append(ListKitRows.esc(href)).append("\">")
                    .append(ListKitRows.esc(caseNumber)).append("</a></td>\n          <td>").append(ListKitRows.esc(stage))
                    .append("</td>\n          <td>").append(ListKitRows.esc(kind)).append("</td>\n          <td class=\"text-break\">")
                    .append(ListKitRows.esc(title)).append("</td>\n          <td class=\"small text-nowrap\">")
                    .append(ListKitRows.esc(time)).append("</td>\n          <td>");
            if (gapBadge != null) {
                b.append("<span class=\"badge bg-orange-lt\">").append(ListKitRows.esc(gapBadge)).append("</span>");
            }
            b.append("\n            ");
            if (classification != null) {
                b.append("<span class=\"badge bg-yellow-lt\">").append(ListKitRows.esc(classification)).append("</span>");
            }
            b.append("</td>\n        </tr>");
        }
    }

    public record Activity(String href, String caseNumber, String kind, String place, String time, String avCount,
                    boolean missingAv, boolean uploadOverdue, String exemption) {
    }

    static List<Record> records(List<RecordView> items, Map<Long, String> caseNumbers) {
        List<Record> out = new ArrayList<>(items.size());
        for (RecordView r : items) {
            out.add(new Record("/recording/cases/" + r.caseId(), caseNumbers.get(r.caseId()), r.stage().label(), r.kindLabel(),
                    r.title(), Fmt.dateTimeSeconds(r.capturedStart() != null ? r.capturedStart() : r.createdAt()),
                    r.gapFlagged() ? "中断 " + r.gapSeconds() + " 秒" : null,
                    r.classification() != Classification.NONE ? r.classification().label() : null));
        }
        return out;
    }

    static List<Activity> activities(List<ActivityView> items, Map<Long, String> caseNumbers, RecordingFormat fmt) {
        List<Activity> out = new ArrayList<>(items.size());
        for (ActivityView a : items) {
            String exemption = a.exemptionReason() == null ? null : "未记录：" + a.exemptionReason().label()
                    + (a.exemptionStatus() == null ? "" : "（" + a.exemptionStatus().label() + "）");
            out.add(new Activity("/recording/cases/" + a.caseId(), caseNumbers.get(a.caseId()), a.kind().label(), a.place(),
                    fmt.shortTime(a.startedAt()) + " — " + fmt.shortTime(a.endedAt()), a.avCount() + " 条", a.missingAv(),
                    a.uploadOverdue(), exemption));
        }
        return out;
    }
}
