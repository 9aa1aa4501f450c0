package cn.anjian.kernel;

import java.util.List;

/** The page sizes a list offers ({@code size} parameter): 20 (default), 50 or 100; anything else is a 400. */
public final class PageSize {

    public static final int DEFAULT = 20;
    public static final List<Integer> CHOICES = List.of(20, 50, 100);

    private PageSize() {
    }

    public static int parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (CHOICES.contains(n)) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw BusinessException.badInput("PAGE-SIZE", "每页条数（参数 size）只能是 20、50 或 100");
    }
}
