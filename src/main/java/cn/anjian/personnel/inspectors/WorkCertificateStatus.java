package cn.anjian.personnel.inspectors;

/** TI-11/TI-16: the inspector's work certificate. */
enum WorkCertificateStatus {
    NONE, VALID, CANCELLED
}
