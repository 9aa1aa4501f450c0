package cn.anjian.personnel;

/** Unmasked personal data of one person, for holders of {@code pii:view-full} (audited). */
public record PersonPii(long personId, String idCard, String phone) {
}
