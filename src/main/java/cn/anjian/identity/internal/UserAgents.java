package cn.anjian.identity.internal;

/** A readable name for a User-Agent header ("Chrome（Windows）"), for "会话与设备"; the raw header is never shown. */
final class UserAgents {

    private UserAgents() {
    }

    static String describe(String agent) {
        if (agent == null || agent.isBlank()) {
            return "未知设备";
        }
        String browser = agent.contains("MicroMessenger") ? "微信" : agent.contains("Edg/") ? "Edge"
                : agent.contains("Firefox/") ? "Firefox" : agent.contains("Chrome/") || agent.contains("Chromium/") ? "Chrome"
                : agent.contains("Safari/") ? "Safari" : agent.startsWith("okhttp") || agent.startsWith("Dalvik") ? "手机应用"
                : "其他客户端";
        String system = agent.contains("Windows") ? "Windows" : agent.contains("Android") ? "Android"
                : agent.contains("iPhone") || agent.contains("iPad") ? "iOS" : agent.contains("Mac OS X") ? "macOS"
                : agent.contains("Linux") ? "Linux" : null;
        return system == null ? browser : browser + "（" + system + "）";
    }
}
