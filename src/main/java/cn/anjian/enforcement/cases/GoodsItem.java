package cn.anjian.enforcement.cases;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.kernel.BusinessException;

/**
 * One line of the list of goods (物品清单) of a preservation or a sealing/seizure (行政处罚法 art. 56, 行政强制法 art. 24):
 * name, quantity (with its unit) and where it is kept.
 */
public record GoodsItem(String name, String quantity, String placeKept) {

    static final int MAX_ITEMS = 100;

    /** The checked list: at least one line, every line complete; refused (400) before anything is written. */
    static List<GoodsItem> check(List<GoodsItem> in) {
        List<GoodsItem> out = new ArrayList<>();
        for (GoodsItem g : in == null ? List.<GoodsItem>of() : in) {
            if (g == null || (blank(g.name) && blank(g.quantity) && blank(g.placeKept))) {
                continue;
            }
            String name = Guards.text(g.name, 200, "物品名称");
            String qty = Guards.text(g.quantity, 100, "数量");
            String kept = Guards.text(g.placeKept, 200, "存放地点");
            if (name == null || qty == null || kept == null) {
                throw BusinessException.badInput("CASE-14-GOODS", "物品清单每一项须写明名称、数量和存放地点");
            }
            out.add(new GoodsItem(name, qty, kept));
        }
        if (out.isEmpty()) {
            throw BusinessException.badInput("CASE-14-GOODS", "请填写物品清单（名称、数量、存放地点）");
        }
        if (out.size() > MAX_ITEMS) {
            throw BusinessException.badInput("CASE-14-GOODS", "物品清单不能超过 " + MAX_ITEMS + " 项");
        }
        return List.copyOf(out);
    }

    /** The rows of the document's items table: 序号, 名称, 数量, 存放地点. */
    static List<List<String>> rows(List<GoodsItem> items) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (GoodsItem g : items) {
            rows.add(List.of(Integer.toString(i++), g.name(), g.quantity(), g.placeKept()));
        }
        return rows;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
