package cn.anjian.settings.internal;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's side: the overview with history, and scheduling a new value from a day on.
 * Only a province-level system administrator changes settings (they hold Shanxi-wide); the past is never
 * rewritten (a new version starts today at the earliest). Every change is audited with the value it
 * replaces on that day.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SettingsAdministration {

    static final String WHAT = "规则参数";
    static final int MAX_REASON = 500;
    /** Far enough for any announced change of a regulation; stops typos such as year 20270. */
    static final int MAX_YEARS_AHEAD = 10;

    private final SettingRegistry registry;
    private final SettingStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Group(String moduleName, List<SettingRow> settings) {
    }

    /** A setting as the page and the API show it; values in input form ({@code current}) and with unit ({@code currentDisplay}). */
    public record SettingRow(String key, String name, String rule, String regulation, String article, String type,
                             String unit, String range, boolean yesNo, String defaultValue, String defaultDisplay,
                             String current, String currentDisplay, LocalDate currentSince, List<VersionRow> history) {
    }

    /** {@code state}: 生效中 / 待生效 / 已失效 / 已被取代 (a later version for the same day replaced it before it applied). */
    public record VersionRow(long id, LocalDate effectiveFrom, String value, String display, String reason,
                             String createdBy, LocalDateTime createdAt, String state) {
    }

    public record NewVersion(String value, String effectiveFrom, String reason) {
    }

    public List<Group> overview() {
        LocalDate today = LocalDate.now(clock);
        SettingStore.Snapshot snapshot = store.snapshot();
        List<Group> groups = new ArrayList<>();
        for (DeclaredSettings d : registry.declarations()) {
            groups.add(new Group(d.moduleName(), d.settings().stream().map(s -> row(s, snapshot, today)).toList()));
        }
        return groups;
    }

    public SettingRow setting(String key) {
        Setting<?> s = registry.find(key).orElseThrow(() -> BusinessException.notFound(WHAT));
        return row(s, store.snapshot(), LocalDate.now(clock));
    }

    /** Whether {@code actor} may change settings: the permission and a province-level account. */
    public boolean mayManage(Actor actor) {
        return actor.hasPermission("settings:manage") && actor.scope().isProvince();
    }

    public void requireManager(Actor actor) {
        if (!mayManage(actor)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "SETTING-PROVINCE-ONLY",
                    "规则参数在全省统一适用，只有省级系统管理员可以调整");
        }
    }

    /** Every problem with {@code in} at once, by field ({@code value}, {@code effectiveFrom}, {@code reason}); empty when acceptable. */
    public Map<String, String> problems(String key, NewVersion in) {
        Setting<?> s = registry.find(key).orElseThrow(() -> BusinessException.notFound(WHAT));
        Map<String, String> problems = new LinkedHashMap<>();
        refusal(() -> s.accept(in.value())).ifPresent(m -> problems.put("value", m));
        refusal(() -> effectiveFrom(in.effectiveFrom())).ifPresent(m -> problems.put("effectiveFrom", m));
        refusal(() -> reason(in.reason())).ifPresent(m -> problems.put("reason", m));
        return problems;
    }

    /** Schedules a new value; refuses (nothing stored) a non-province administrator, a past day, a value of the wrong type or out of bounds. */
    @Transactional
    public VersionRow schedule(Actor actor, String key, NewVersion in) {
        requireManager(actor);
        Setting<?> s = registry.find(key).orElseThrow(() -> BusinessException.notFound(WHAT));
        Map<String, String> problems = problems(key, in);
        if (!problems.isEmpty()) {
            throw BusinessException.badInput("SETTING-INVALID", String.join("；", problems.values()));
        }
        LocalDate from = effectiveFrom(in.effectiveFrom());
        String stored = storedForm(s, in.value());
        Optional<SettingVersion> before = SettingReader.inForce(store.snapshot().of(key), from);
        long id = store.insert(key, from, stored, reason(in.reason()), actor.username(), actor.displayName());
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("key", key);
        was.put("effectiveOn", from.toString());
        was.put("value", before.map(SettingVersion::value).orElse(defaultStored(s)));
        was.put("version", before.map(v -> (Object) v.id()).orElse("default"));
        // the actor is named explicitly: the audit entry is right even outside a request (e.g. a test or a job)
        events.publishEvent(new AuditableEvent("settings.version.scheduled", "setting", key, was,
                Map.of("key", key, "effectiveFrom", from.toString(), "value", stored, "version", id,
                        "reason", reason(in.reason())), actor.username(), null));
        events.publishEvent(new cn.anjian.settings.SettingScheduled(key, from));
        SettingVersion v = new SettingVersion(id, key, from, stored, reason(in.reason()), actor.username(),
                actor.displayName(), clock.instant());
        return versionRow(s, v, from.isAfter(LocalDate.now(clock)) ? "待生效" : "生效中");
    }

    // ---- input ----

    LocalDate effectiveFrom(String text) {
        if (text == null || text.isBlank()) {
            throw BusinessException.badInput("SETTING-DATE", "请填写生效日期");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.badInput("SETTING-DATE", "生效日期格式应为 yyyy-MM-dd");
        }
        LocalDate today = LocalDate.now(clock);
        if (day.isBefore(today)) {
            throw BusinessException.badInput("SETTING-PAST", "生效日期不能早于今天（" + today + "）：已经发生的办理按当时的参数，历史不能改写");
        }
        if (day.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw BusinessException.badInput("SETTING-DATE", "生效日期不能晚于 " + today.plusYears(MAX_YEARS_AHEAD));
        }
        return day;
    }

    static String reason(String text) {
        if (text == null || text.isBlank()) {
            throw BusinessException.badInput("SETTING-REASON", "请填写调整依据（如文件名称和文号）");
        }
        String r = text.strip();
        if (r.length() > MAX_REASON) {
            throw BusinessException.badInput("SETTING-REASON", "调整依据不能超过 " + MAX_REASON + " 个字");
        }
        if (r.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw BusinessException.badInput("SETTING-REASON", "调整依据含有不可见的控制字符");
        }
        return r;
    }

    private static Optional<String> refusal(Runnable check) {
        try {
            check.run();
            return Optional.empty();
        } catch (BusinessException e) {
            return Optional.of(e.getMessage());
        }
    }

    // ---- rows (generic helpers capture the setting's type) ----

    private static <T extends Comparable<? super T>> String storedForm(Setting<T> s, String input) {
        return s.stored(s.accept(input));
    }

    private static <T extends Comparable<? super T>> String defaultStored(Setting<T> s) {
        return s.stored(s.defaultValue());
    }

    private static <T extends Comparable<? super T>> SettingRow row(Setting<T> s, SettingStore.Snapshot snapshot, LocalDate today) {
        List<SettingVersion> versions = snapshot.of(s.key());
        Optional<SettingVersion> inForce = SettingReader.inForce(versions, today);
        T current = inForce.map(v -> s.fromStored(v.value())).orElse(s.defaultValue());
        List<VersionRow> history = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            SettingVersion v = versions.get(i);
            boolean superseded = i + 1 < versions.size() && versions.get(i + 1).effectiveFrom().equals(v.effectiveFrom());
            String state = superseded ? "已被取代"
                    : v.effectiveFrom().isAfter(today) ? "待生效"
                    : inForce.map(f -> f.id() == v.id()).orElse(false) ? "生效中" : "已失效";
            history.add(versionRow(s, v, state));
        }
        return new SettingRow(s.key(), s.name(), s.rule(), s.regulation(), s.article(), s.type().label(), s.unit(),
                s.range(), s.type() == cn.anjian.settings.SettingType.BOOLEAN, s.input(s.defaultValue()),
                s.display(s.defaultValue()), s.input(current), s.display(current),
                inForce.map(SettingVersion::effectiveFrom).orElse(null), List.copyOf(history));
    }

    private static <T extends Comparable<? super T>> VersionRow versionRow(Setting<T> s, SettingVersion v, String state) {
        T value = s.fromStored(v.value());
        return new VersionRow(v.id(), v.effectiveFrom(), s.input(value), s.display(value), v.reason(),
                v.createdByName(), LocalDateTime.ofInstant(v.createdAt(), Zones.SHANGHAI), state);
    }
}
