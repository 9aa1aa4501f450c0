package cn.anjian.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * What a flow asks to approve, as the owning module describes it (issue 12 defect 3): labelled facts (the receiving
 * body, the reason, the amounts…) and the documents to read, shown above the decision box. Values are text people
 * read: Chinese labels, display names, formatted dates — never codes.
 *
 * @param facts       label and value, in the order shown
 * @param attachments documents with a link the decider may open (a local path), in the order shown
 */
public record FlowSummary(List<Fact> facts, List<Attachment> attachments) {

    public record Fact(String label, String value) {
    }

    public record Attachment(String name, String url) {
    }

    public FlowSummary {
        facts = List.copyOf(facts);
        attachments = List.copyOf(attachments);
    }

    public static FlowSummary empty() {
        return new FlowSummary(List.of(), List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return facts.isEmpty() && attachments.isEmpty();
    }

    /** Collects facts, leaving out blank values, and attachments. */
    public static final class Builder {
        private final List<Fact> facts = new ArrayList<>();
        private final List<Attachment> attachments = new ArrayList<>();

        public Builder fact(String label, Object value) {
            String text = value == null ? null : value.toString();
            if (text != null && !text.isBlank()) {
                facts.add(new Fact(label, text));
            }
            return this;
        }

        public Builder attachment(String name, String url) {
            attachments.add(new Attachment(name, url));
            return this;
        }

        public FlowSummary build() {
            return new FlowSummary(facts, attachments);
        }
    }
}
