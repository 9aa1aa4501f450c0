package cn.anjian.mines.work;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** MW-01 (art. 12): how remote supervision was done — the app's video, a phone call, monitoring data, transmitted evidence. */
@Getter
@RequiredArgsConstructor
public enum RemoteMeans {
    VIDEO("视频巡查"),
    PHONE("电话询问"),
    SENSOR("监测监控数据"),
    EVIDENCE("网络传输实证信息");

    private final String label;
}
