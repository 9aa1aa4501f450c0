package cn.anjian.enterprises;

/** Enums with a Chinese label for pages, imports and messages. */
public interface Labels {
    String label();
}
