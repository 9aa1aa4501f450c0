package cn.anjian.settings;

import java.util.List;

/**
 * Implemented by one bean per module that owns configurable rules: lists the module's settings so the
 * administrator page shows them, grouped under {@link #moduleName()}. Keys must be unique application-wide.
 */
public interface DeclaredSettings {

    /** The module's Chinese name, the group heading on the page. */
    String moduleName();

    List<Setting<?>> settings();
}
