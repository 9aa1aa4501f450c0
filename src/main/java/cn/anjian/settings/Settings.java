package cn.anjian.settings;

import java.time.LocalDate;

/** The one way to read a configurable rule parameter. Cheap: served from an in-memory snapshot. */
public interface Settings {

    /**
     * The value in force on {@code day} (the latest version effective on or before it), or the
     * setting's default when no version applies. Rule checks pass the day of the act, so an act keeps
     * the value that governed it even after a later change.
     */
    <T extends Comparable<? super T>> T value(Setting<T> setting, LocalDate day);
}
