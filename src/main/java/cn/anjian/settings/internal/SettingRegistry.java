package cn.anjian.settings.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/** Every setting the modules declare, checked once at start-up: keys are unique application-wide. */
@Component
public class SettingRegistry {

    private final List<DeclaredSettings> declarations;
    private final Map<String, Setting<?>> byKey = new HashMap<>();

    SettingRegistry(List<DeclaredSettings> declarations) {
        this.declarations = List.copyOf(declarations);
        for (DeclaredSettings d : declarations) {
            for (Setting<?> s : d.settings()) {
                if (byKey.putIfAbsent(s.key(), s) != null) {
                    throw new IllegalStateException("setting " + s.key() + " is declared twice");
                }
            }
        }
    }

    public Optional<Setting<?>> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    /** The declarations in a stable order (by module name), for the page. */
    public List<DeclaredSettings> declarations() {
        return declarations.stream().sorted(java.util.Comparator.comparing(DeclaredSettings::moduleName)).toList();
    }
}
