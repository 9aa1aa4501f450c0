package cn.anjian.personnel;

/**
 * Officer list filters, all optional. {@code certificate}: VALID (valid today), EXPIRED (VALID status
 * but past its end), NONE (no valid enforcement certificate), or a {@link CertificateStatus} name;
 * {@code shortfall}: only officers short of this year's 24 class hours (OFF-02).
 */
public record OfficerFilter(String name, Long unitId, String certificate, Boolean shortfall, PostStatus post) {

    public static OfficerFilter none() {
        return new OfficerFilter(null, null, null, null, null);
    }
}
