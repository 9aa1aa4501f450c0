package cn.anjian.personnel.inspectors;

/** TI-15: a certificate renewal application's journey to the province. */
enum RenewalStatus {
    PENDING, APPROVED, REJECTED
}
