package cn.anjian.recording.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.recording.AvKind;
import cn.anjian.recording.Classification;
import cn.anjian.recording.ContentShown;
import cn.anjian.recording.DeviceKind;
import cn.anjian.recording.RecordMetadata;
import cn.anjian.recording.TextKind;

/**
 * Validated record metadata (REC-01, REC-05, REC-13). AV records must carry the art. 12 metadata: start and end,
 * place, officers, device and what is shown, and whether the party was told before recording started (art. 13(一));
 * text records need only a title and kind.
 */
public record RecordInput(long caseId, CaseStage stage, Long activityId, boolean av, String kind, String title,
                          Classification classification, Instant capturedStart, Instant capturedEnd, String place,
                          List<Long> officerIds, String parties, DeviceKind deviceKind, String deviceId,
                          Set<ContentShown> contentShown, Boolean partyInformed) {

    static final String INVALID = "REC-INVALID";
    /** REC-13: an AV record must say whether the party was told before the recording started. */
    public static final String INFORMED_MISSING = "REC-13-INFORMED";

    public AvKind avKind() {
        return av ? AvKind.valueOf(kind) : null;
    }

    public static RecordInput of(RecordMetadata m) {
        if (m == null) {
            throw bad("缺少记录的元数据");
        }
        if (m.caseId() == null || m.caseId() <= 0) {
            throw bad("缺少案件编号（caseId）");
        }
        CaseStage stage = m.stage() == null || m.stage().isBlank() ? null : choice(CaseStage.class, m.stage(), "办案阶段");
        String category = m.category() == null ? "" : m.category().strip();
        boolean av;
        String kind;
        if ("AV".equals(category)) {
            av = true;
            kind = choice(AvKind.class, m.kind(), "音像记录种类").name();
        } else if ("TEXT".equals(category)) {
            av = false;
            kind = choice(TextKind.class, m.kind(), "文字记录种类").name();
        } else {
            throw bad("记录方式须为 TEXT（文字记录）或 AV（音像记录）");
        }
        String title = text(m.title(), "记录名称", 200, true);
        Classification cls = m.classification() == null || m.classification().isBlank() ? Classification.NONE
                : choice(Classification.class, m.classification(), "密级分类");
        if (m.activityId() != null && m.activityId() <= 0) {
            throw bad("执法活动编号须为正整数");
        }
        if (!av) {
            return new RecordInput(m.caseId(), stage, m.activityId(), false, kind, title, cls, null, null,
                    text(m.place(), "地点", 200, false), List.of(), null, null, null, Set.of(), null);
        }
        Instant start = instant(m.capturedStart(), "拍摄开始时间");
        Instant end = instant(m.capturedEnd(), "拍摄结束时间");
        if (start == null || end == null) {
            throw bad("音像记录须填写拍摄开始和结束时间（全过程记录制度第十二条）");
        }
        if (end.isBefore(start)) {
            throw bad("拍摄结束时间不能早于开始时间");
        }
        String place = text(m.place(), "拍摄地点", 200, true);
        List<Long> officers = m.officerIds() == null ? List.of() : m.officerIds().stream().distinct().toList();
        if (officers.isEmpty() || officers.stream().anyMatch(o -> o == null || o <= 0)) {
            throw bad("音像记录须列明在场的执法人员（全过程记录制度第十二条）");
        }
        if (officers.size() > 20) {
            throw bad("执法人员最多 20 人");
        }
        DeviceKind device = choice(DeviceKind.class, m.deviceKind(), "采集设备");
        String deviceId = text(m.deviceId(), "设备编号", 100, false);
        if (m.contentShown() == null || m.contentShown().isEmpty()) {
            throw bad("请选择音像记录反映的内容（现场环境、证据、采取措施、送达文书）");
        }
        Set<ContentShown> shown = EnumSet.noneOf(ContentShown.class);
        for (String s : m.contentShown()) {
            shown.add(choice(ContentShown.class, s, "记录内容"));
        }
        return new RecordInput(m.caseId(), stage, m.activityId(), true, kind, title, cls, start, end, place, officers,
                text(m.parties(), "当事人、证人等现场人员", 500, false), device, deviceId, shown, informed(m.partyInformed()));
    }

    /** REC-13 (art. 13(一)): "true" or "false", required; a "false" is accepted and flagged on the record. */
    static Boolean informed(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true", "是" -> Boolean.TRUE;
            case "false", "否" -> Boolean.FALSE;
            default -> throw BusinessException.badInput(INFORMED_MISSING, v.isEmpty()
                    ? "请说明开启音像记录前是否已告知当事人（全过程记录制度第十三条（一））"
                    : "“是否已告知当事人”须为是或否");
        };
    }

    static Instant instant(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).atZone(Zones.SHANGHAI).toInstant();
            } catch (DateTimeParseException e2) {
                throw bad(what + "“" + Params.abbreviate(v) + "”不是有效时间（格式 2026-05-01T09:30:00）");
            }
        }
    }

    static String text(String value, String what, int max, boolean required) {
        return cn.anjian.kernel.Params.text(INVALID, what, value, max, required);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String what) {
        if (value != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(value.strip())) {
                    return e;
                }
            }
        }
        throw bad(what + "“" + (value == null ? "" : Params.abbreviate(value)) + "”无效");
    }

    static BusinessException bad(String message) {
        return BusinessException.badInput(INVALID, message);
    }
}
