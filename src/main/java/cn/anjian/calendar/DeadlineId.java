package cn.anjian.calendar;

/** Identity of a deadline. */
public record DeadlineId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
