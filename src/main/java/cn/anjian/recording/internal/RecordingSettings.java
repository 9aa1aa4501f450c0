package cn.anjian.recording.internal;

import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/** The recording thresholds RULES.md calls configurable. */
@Component
class RecordingSettings implements DeclaredSettings {

    /** REC-06: a pause between two segments of one session up to this long is not a gap. */
    static final Setting<java.time.Duration> GAP_TOLERANCE = Setting.duration(
            "recording.gap-tolerance", "音像记录连续性容差（同一场所相邻片段间隔）", "REC-06",
            "《安全生产行政执法全过程记录制度》", "第十三条", ChronoUnit.SECONDS, 5, 0, 600);

    @Override
    public String moduleName() {
        return "执法全过程记录";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(GAP_TOLERANCE);
    }
}
