package cn.anjian.complaints;

/**
 * PUB-09: a question about a published entry (纠错/咨询) is filed as a submission of this module, answered by
 * the entry's owning unit (PUB-10) within the answer period, and followed with the same tracking code as a
 * complaint ({@code /public/track}). The caller (publicity) checks its captcha before asking.
 */
public interface PublicQuestions {

    /** {@code aboutRef} names the entry ("publication:12"); {@code correction} = 纠错, else 咨询. */
    record Question(String aboutRef, String aboutTitle, long ownerAgencyId, Long ownerUnitId, boolean correction,
                    String content, boolean anonymous, String contactName, String contactPhone) {
    }

    /** Stores the question, opens its answer deadline and returns the tracking code (shown once). */
    String ask(Question question);
}
