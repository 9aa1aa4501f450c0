package cn.anjian.recording;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** REC-05 (art. 6): the capturing device. */
@Getter
@RequiredArgsConstructor
public enum DeviceKind {
    BODY_RECORDER("执法记录仪"),
    CAMERA("照相机"),
    PHONE("移动执法终端（手机）"),
    SURVEILLANCE_CAMERA("监控摄像头");

    private final String label;
}
