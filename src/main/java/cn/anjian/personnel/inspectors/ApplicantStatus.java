package cn.anjian.personnel.inspectors;

/** TI-05: an applicant's standing in a campaign. */
enum ApplicantStatus {
    REGISTERED("已报名"), QUALIFIED("资格审查通过"), REJECTED("资格审查未通过"), HIRED("已聘用");

    private final String label;

    ApplicantStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
