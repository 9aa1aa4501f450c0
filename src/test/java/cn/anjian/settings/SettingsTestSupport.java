package cn.anjian.settings;

import java.time.LocalDate;
import java.util.Set;

import cn.anjian.TestActors;
import cn.anjian.kernel.Scope;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests of modules whose rules read a setting: schedule a value as a province-level system
 * administrator, and remove a key's versions afterwards so the shared test database keeps the defaults.
 */
public final class SettingsTestSupport {

    public static final TestActors.TestActor PROVINCE_ADMIN = new TestActors.TestActor(990_001, "province-sysadmin",
            "省级管理员", 1, "山西省应急管理厅", null, 1, new Scope("/1/"), Set.of("settings:read", "settings:manage", "home:view"));

    private SettingsTestSupport() {
    }

    public static void schedule(SettingsAdministration admin, Setting<?> setting, String value, LocalDate from) {
        schedule(admin, setting.key(), value, from);
    }

    public static void schedule(SettingsAdministration admin, String key, String value, LocalDate from) {
        admin.schedule(PROVINCE_ADMIN, key, new SettingsAdministration.NewVersion(value, from.toString(), "测试：调整规则参数"));
    }

    /** Tests only: the versions table is append-only for the application. */
    public static void reset(JdbcClient jdbc, SettingStore store, Setting<?> setting) {
        reset(jdbc, store, setting.key());
    }

    public static void reset(JdbcClient jdbc, SettingStore store, String key) {
        jdbc.sql("delete from stg_version where setting_key = :k").param("k", key).update();
        store.changed();
    }
}
