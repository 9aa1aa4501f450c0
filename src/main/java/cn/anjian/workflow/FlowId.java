package cn.anjian.workflow;

/** Identity of a running or finished approval flow. */
public record FlowId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
