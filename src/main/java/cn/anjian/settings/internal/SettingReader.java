package cn.anjian.settings.internal;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.settings.Setting;
import cn.anjian.settings.Settings;
import org.springframework.stereotype.Service;

/** {@link Settings} from the snapshot: the latest version effective on or before the day, else the default. */
@Service
@RequiredArgsConstructor
class SettingReader implements Settings {

    private final SettingStore store;

    @Override
    public <T extends Comparable<? super T>> T value(Setting<T> setting, LocalDate day) {
        return inForce(store.snapshot().of(setting.key()), day).map(v -> setting.fromStored(v.value()))
                .orElse(setting.defaultValue());
    }

    /** Versions are ordered by (effective_from, id): the last one not after {@code day} is in force. */
    static Optional<SettingVersion> inForce(List<SettingVersion> versions, LocalDate day) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versions.get(i).effectiveFrom().isAfter(day)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }
}
