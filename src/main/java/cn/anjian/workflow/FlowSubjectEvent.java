package cn.anjian.workflow;

/** What an owner reads from an outcome event: which definition, and its subject's numeric key. */
public interface FlowSubjectEvent {

    FlowId flowId();

    String definitionCode();

    String subjectId();

    /** The subject id as the owner's numeric key (the owners of today's flows all use one). */
    default long subjectKey() {
        try {
            return Long.parseLong(subjectId());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("flow " + flowId() + " has a non-numeric subject id " + subjectId(), e);
        }
    }

    default boolean is(FlowDefinition definition) {
        return definition.code().equals(definitionCode());
    }
}
