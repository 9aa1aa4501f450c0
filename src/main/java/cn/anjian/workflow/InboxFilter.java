package cn.anjian.workflow;

import cn.anjian.kernel.ListSort;

/** Inbox filters: a flow type (definition code, null for all) and "overdue only". */
public record InboxFilter(String definitionCode, boolean overdueOnly) {

    /** The inbox's sortable columns (issue 12): the nearest deadline first by default. */
    public static final ListSort SORT = ListSort.by("x.id")
            .key("due", "期限", "x.due_at").key("since", "等待时间", "x.since").key("title", "事项", "x.title")
            .key("type", "类型", "x.definition_name")
            .byDefault("due", true);

    public static InboxFilter all() {
        return new InboxFilter(null, false);
    }
}
