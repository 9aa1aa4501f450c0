package cn.anjian.workflow;

/** Inbox filters: a flow type (definition code, null for all) and "overdue only". */
public record InboxFilter(String definitionCode, boolean overdueOnly) {

    public static InboxFilter all() {
        return new InboxFilter(null, false);
    }
}
