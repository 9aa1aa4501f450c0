package cn.anjian.mines.work;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** MW-05: a mine's own table (一矿一表) — the template revision it rests on, local additions, its sites and systems. */
public record MineTable(long mineId, String mineName, KindGroup kind, long versionId, String versionLabel,
                        List<ChecklistItem> items) {

    /** Items by section, in table order. */
    public Map<String, List<ChecklistItem>> sections() {
        Map<String, List<ChecklistItem>> out = new LinkedHashMap<>();
        items.forEach(i -> out.computeIfAbsent(i.section(), k -> new java.util.ArrayList<>()).add(i));
        return out;
    }

    static String label(int year, int revision) {
        return revision <= 1 ? year + " 版" : year + " 版 第 " + (revision - 1) + " 次修订";
    }
}
