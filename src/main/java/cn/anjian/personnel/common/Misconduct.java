package cn.anjian.personnel.common;

/** TI-18 / SS-08: the eight kinds of misconduct of 000 art. 32 (technical inspectors and social supervisors alike). */
public enum Misconduct {
    EXCEEDING_AUTHORITY("超越职权，违反规定履行职责，造成严重后果或者恶劣社会影响"),
    SERIOUS_NEGLIGENCE("现场检查、复查和调查取证中严重失职，致使未能正确作出执法决定"),
    ABUSIVE_CONDUCT("对执法对象态度蛮横、行为粗暴、故意刁难或者吃拿卡要"),
    IMPROPER_BENEFIT("利用工作之便为本人或者他人谋取不正当利益"),
    CERTIFICATE_MISUSE("擅自转借、赠送、出租、抵押、转卖工作证件"),
    LEAKING_SECRETS("泄露、扩散或者打探、窃取未公开事项或者应当保密的内容"),
    REFUSING_HANDOVER("解聘后拒不办理工作交接手续"),
    OTHER_VIOLATION("其他违规违纪违法行为");

    private final String label;

    Misconduct(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** TI-18 / SS-08: the handling the department may decide (000 art. 32–33). */
    public enum Handling {
        WARNING("警示提醒"), CRITICISM("批评教育"), SELF_EXAMINATION("责令检查"),
        DISCIPLINE("追究党纪政务责任"), JUDICIAL_TRANSFER("移送司法机关");

        private final String label;

        Handling(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }
}
