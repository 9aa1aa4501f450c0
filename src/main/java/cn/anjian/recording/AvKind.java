package cn.anjian.recording;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** REC-01 (art. 6): kinds of audio-visual record. Photos are instants; the others are continuous segments (REC-06). */
@Getter
@RequiredArgsConstructor
public enum AvKind {
    PHOTO("照片", false),
    AUDIO("录音", true),
    VIDEO("录像", true),
    SURVEILLANCE("视频监控", true);

    private final String label;
    private final boolean continuous;
}
