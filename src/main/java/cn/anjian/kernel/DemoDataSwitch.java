package cn.anjian.kernel;

import org.springframework.core.env.Environment;

/**
 * The one reading of {@code anjian.demo-data}: {@code auto} (default) loads demo data only on the
 * embedded database, never on a configured external one; {@code true}/{@code false} force it. Every
 * module's demo loader asks here.
 */
public final class DemoDataSwitch {

    private DemoDataSwitch() {
    }

    public static boolean enabled(Environment environment) {
        String setting = environment.getProperty("anjian.demo-data", "auto").trim().toLowerCase();
        return switch (setting) {
            case "true" -> true;
            case "false" -> false;
            default -> !environment.containsProperty("spring.datasource.url");
        };
    }
}
