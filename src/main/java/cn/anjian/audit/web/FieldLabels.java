package cn.anjian.audit.web;

import java.util.Map;

/** Chinese names of the fields audit entries commonly record (before/after); others keep their key. */
final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "名称"), Map.entry("title", "标题"), Map.entry("status", "状态"), Map.entry("reason", "原因"),
            Map.entry("failures", "失败次数"), Map.entry("lockedUntil", "锁定至"), Map.entry("by", "方式"),
            Map.entry("number", "编号"), Map.entry("code", "代码"), Map.entry("stage", "环节"), Map.entry("lastStage", "原环节"),
            Map.entry("value", "值"), Map.entry("effectiveFrom", "生效日期"), Map.entry("displayName", "姓名"),
            Map.entry("username", "账号"), Map.entry("roles", "角色"), Map.entry("permissions", "权限"), Map.entry("role", "角色"),
            Map.entry("enabled", "启用"), Map.entry("agencyId", "机构"), Map.entry("unitId", "内设机构"), Map.entry("date", "日期"),
            Map.entry("dueAt", "届满时间"), Map.entry("decision", "决定"), Map.entry("opinion", "意见"), Map.entry("amount", "金额"),
            Map.entry("caseNumber", "案件编号"), Map.entry("kind", "类别"), Map.entry("note", "备注"), Map.entry("year", "年度"),
            Map.entry("fileName", "文件名"), Map.entry("size", "大小"), Map.entry("sha256", "指纹"), Map.entry("sm3", "指纹"),
            Map.entry("entries", "条数"), Map.entry("ok", "结果"), Map.entry("firstBrokenId", "首个断点"),
            Map.entry("members", "执法人员"), Map.entry("leader", "主办人"), Map.entry("servedOn", "送达日期"));

    private FieldLabels() {
    }

    static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }
}
